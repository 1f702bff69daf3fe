package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void listsTheMigrationFiles() throws Exception {
        write("2_users.up.sql", "create table users();");
        write("10_tail.up.sql", "select 10;");
        write("1_init.down.sql", "drop schema app;");
        write("1_init.up.sql", "create schema app;");

        List<MigrationFile> files = new DirectorySource(dir).list();

        assertThat(files).extracting(MigrationFile::name)
                .containsExactlyInAnyOrder("10_tail.up.sql", "1_init.down.sql", "1_init.up.sql", "2_users.up.sql");
        assertThat(files).filteredOn(f -> f.name().equals("10_tail.up.sql")).singleElement()
                .extracting(MigrationFile::version).isEqualTo(10L);
    }

    @Test
    void ignoresSubFoldersAndFilesOutsideTheGrammar() throws Exception {
        write("1_init.up.sql", "select 1;");
        write("README.md", "# migrations");
        write("V2__flyway.sql", "select 2;");
        write("3_upper.UP.sql", "select 3;");
        write("4_no_ext.up", "select 4;");
        write("nested/5_nested.up.sql", "select 5;");
        Files.createDirectories(dir.resolve("6_folder.up.sql"));
        write("7_deeper/7_deeper.up.sql", "select 7;");

        assertThat(new DirectorySource(dir).list()).extracting(MigrationFile::name).containsExactly("1_init.up.sql");
    }

    @Test
    void aLinkIsAMigrationLikeTheFileItNames() throws Exception {
        Path elsewhere = Files.createTempDirectory(dir.getParent(), "elsewhere");
        Path target = Files.writeString(elsewhere.resolve("shared.sql"), "select 2;");
        Files.createSymbolicLink(dir.resolve("2_shared.up.sql"), target);
        write("1_init.up.sql", "select 1;");
        DirectorySource source = new DirectorySource(dir);

        List<MigrationFile> files = source.list();

        assertThat(files).extracting(MigrationFile::name).containsExactlyInAnyOrder("1_init.up.sql", "2_shared.up.sql");
        MigrationFile link = files.stream().filter(f -> f.version() == 2).findFirst().orElseThrow();
        assertThat(source.read(link)).isEqualTo("select 2;".getBytes(StandardCharsets.UTF_8));
    }

    /** With a sub-folder present every entry is checked: a folder is skipped, a link is not followed to find one. */
    @Test
    void besideASubFolderEachEntryIsCheckedWithoutFollowingLinks() throws Exception {
        Path elsewhere = Files.createTempDirectory(dir.getParent(), "elsewhere");
        Files.createSymbolicLink(dir.resolve("2_shared.up.sql"), Files.writeString(elsewhere.resolve("shared.sql"), "select 2;"));
        Files.createSymbolicLink(dir.resolve("3_folder_link.up.sql"), elsewhere);
        Files.createDirectories(dir.resolve("4_folder.up.sql"));
        write("1_init.up.sql", "select 1;");

        assertThat(new DirectorySource(dir).list()).extracting(MigrationFile::name)
                .containsExactlyInAnyOrder("1_init.up.sql", "2_shared.up.sql", "3_folder_link.up.sql");
    }

    @Test
    void anEmptyFolderHasNoMigrations() {
        assertThat(new DirectorySource(dir).list()).isEmpty();
    }

    @Test
    void readsTheRawBytes() throws Exception {
        byte[] content = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's', 'e', 'l', '\r', '\n', (byte) 0xC3, (byte) 0xA9};
        Files.write(dir.resolve("1_raw.up.sql"), content);
        DirectorySource source = new DirectorySource(dir);

        MigrationFile file = source.list().get(0);

        assertThat(source.read(file)).isEqualTo(content);
    }

    @Test
    void readsFilesOfAnySizeWhole() throws Exception {
        for (int size : new int[] {0, 1, 8191, 8192, 8193, 3 * 8192 + 17, 1 << 20}) {
            Files.write(dir.resolve(size + "_size.up.sql"), patterned(size));
        }
        DirectorySource source = new DirectorySource(dir);

        for (MigrationFile file : source.list()) {
            assertThat(source.read(file)).as(file.name()).isEqualTo(patterned((int) file.version()));
        }
    }

    private static byte[] patterned(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + size);
        }
        return content;
    }

    @Test
    void aFolderNamedLikeAMigrationCannotBeRead() throws Exception {
        Files.createDirectory(dir.resolve("1_dir.up.sql"));
        DirectorySource source = new DirectorySource(dir);
        MigrationFile named = MigrationFileName.parse("1_dir.up.sql").orElseThrow();

        assertThatThrownBy(() -> source.read(named))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("cannot read migration file " + dir.resolve("1_dir.up.sql").toAbsolutePath().normalize());
    }

    @Test
    void theFolderIsMadeAbsoluteAndNormalised() {
        DirectorySource source = new DirectorySource(Path.of("db/./migrations/../migrations"));
        Path expected = Path.of("db/migrations").toAbsolutePath().normalize();

        assertThat(source.directory()).isEqualTo(expected).isAbsolute();
        assertThat(source.location()).isEqualTo(expected.toString());
    }

    @Test
    void pathOfJoinsTheFolderAndTheName() throws Exception {
        write("1_init.up.sql", "select 1;");
        DirectorySource source = new DirectorySource(dir);

        assertThat(source.pathOf(source.list().get(0)))
                .isEqualTo(dir.toAbsolutePath().normalize() + "/1_init.up.sql");
    }

    @Test
    void aMissingFolderIsNamedWithWhatWasExpected() {
        Path missing = dir.resolve("no-such-folder");

        assertThatThrownBy(() -> new DirectorySource(missing).list())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(missing.toAbsolutePath().normalize().toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining("-path")
                .hasMessageContaining("{version}_{title}.up.sql");
    }

    @Test
    void aFileInsteadOfAFolderIsNamedWithWhatWasExpected() throws Exception {
        Path file = write("migrations.sql", "select 1;");

        assertThatThrownBy(() -> new DirectorySource(file).list())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(file.toAbsolutePath().normalize().toString())
                .hasMessageContaining("is a file, not a folder")
                .hasMessageContaining("-path must name the folder");
    }

    @Test
    void aFileThatDisappearsAfterListingIsNamed() throws Exception {
        Path file = write("1_gone.up.sql", "select 1;");
        DirectorySource source = new DirectorySource(dir);
        MigrationFile listed = source.list().get(0);
        Files.delete(file);

        assertThatThrownBy(() -> source.read(listed))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(file.toAbsolutePath().normalize().toString())
                .hasMessageContaining("disappeared");
    }

    @Test
    void readsUtf8NamesAndContents() throws Exception {
        write("1_café.up.sql", "select 'é';");
        DirectorySource source = new DirectorySource(dir);

        MigrationFile file = source.list().get(0);

        assertThat(file.title()).isEqualTo("café");
        assertThat(new String(source.read(file), StandardCharsets.UTF_8)).isEqualTo("select 'é';");
    }
}
