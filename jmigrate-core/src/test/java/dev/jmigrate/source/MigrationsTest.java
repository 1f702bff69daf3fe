package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** golang-migrate.md 3.2: numeric (unsigned) ordering, navigation and duplicates. */
class MigrationsTest {
    private static final long MAX_SIGNED = Long.MAX_VALUE;
    private static final long ABOVE_MAX_SIGNED = Long.parseUnsignedLong("9223372036854775808");
    private static final long MAX_UNSIGNED = Long.parseUnsignedLong("18446744073709551615");

    /** A source over a fixed list of names, listed in name order as the real sources do. */
    private static final class NamesSource implements MigrationSource {
        private final List<String> names;

        NamesSource(String... names) {
            this.names = Arrays.stream(names).sorted().toList();
        }

        @Override
        public String location() {
            return "/srv/app/db/migrations";
        }

        @Override
        public List<MigrationFile> list() {
            return names.stream().map(MigrationFileName::parse).flatMap(Optional::stream).toList();
        }

        @Override
        public byte[] read(MigrationFile file) {
            return file.name().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Migrations load(String... names) {
        return Migrations.load(new NamesSource(names));
    }

    @Test
    void ordersVersionsAsUnsignedNumbersNotAsText() {
        Migrations m = load("10_ten.up.sql", "2_two.up.sql", "1_one.up.sql", "100_hundred.down.sql", "0009_nine.up.sql");

        assertThat(m.versions()).containsExactly(1L, 2L, 9L, 10L, 100L);
    }

    @Test
    void versionsAboveLongMaxValueSortAfterAllOthers() {
        Migrations m = load(
                "18446744073709551615_max.up.sql",
                "9223372036854775808_above.up.sql",
                "9223372036854775807_signed_max.up.sql",
                "20240101000000_ts.up.sql",
                "1_first.up.sql");

        assertThat(m.versions()).containsExactly(1L, 20240101000000L, MAX_SIGNED, ABOVE_MAX_SIGNED, MAX_UNSIGNED);
        assertThat(m.first()).hasValue(1L);
        assertThat(m.last()).hasValue(MAX_UNSIGNED);
        assertThat(m.next(MAX_SIGNED)).hasValue(ABOVE_MAX_SIGNED);
        assertThat(m.next(ABOVE_MAX_SIGNED)).hasValue(MAX_UNSIGNED);
        assertThat(m.previous(ABOVE_MAX_SIGNED)).hasValue(MAX_SIGNED);
        assertThat(m.previous(MAX_UNSIGNED)).hasValue(ABOVE_MAX_SIGNED);
        assertThat(m.below(MAX_UNSIGNED)).hasValue(ABOVE_MAX_SIGNED);
        assertThat(m.below(ABOVE_MAX_SIGNED + 1)).hasValue(ABOVE_MAX_SIGNED);
        assertThat(m.below(ABOVE_MAX_SIGNED)).hasValue(MAX_SIGNED);
        assertThat(m.contains(ABOVE_MAX_SIGNED)).isTrue();
        assertThat(m.contains(ABOVE_MAX_SIGNED + 1)).isFalse();
    }

    @Test
    void upAndDownFilesOfOneVersionAreOneEntry() {
        Migrations m = load("1_init.up.sql", "1_init.down.sql", "2_users.up.sql", "2_users.down.sql");

        assertThat(m.versions()).containsExactly(1L, 2L);
        assertThat(m.file(1, Direction.UP)).map(MigrationFile::name).hasValue("1_init.up.sql");
        assertThat(m.file(1, Direction.DOWN)).map(MigrationFile::name).hasValue("1_init.down.sql");
    }

    @Test
    void nextAndPrevious() {
        Migrations m = load("1_a.up.sql", "3_c.up.sql", "7_g.up.sql");

        assertThat(m.next(1)).hasValue(3L);
        assertThat(m.next(3)).hasValue(7L);
        assertThat(m.next(7)).isEmpty();
        assertThat(m.previous(7)).hasValue(3L);
        assertThat(m.previous(3)).hasValue(1L);
        assertThat(m.previous(1)).isEmpty();
    }

    @Test
    void nextAndPreviousOfAVersionNotInTheSourceAreEmpty() {
        Migrations m = load("1_a.up.sql", "3_c.up.sql", "7_g.up.sql");

        assertThat(m.next(2)).isEmpty();
        assertThat(m.previous(5)).isEmpty();
        assertThat(m.next(-1)).isEmpty();
    }

    @Test
    void belowIsTheGreatestVersionSmallerThanAnyNumber() {
        Migrations m = load("1_a.up.sql", "3_c.up.sql", "7_g.up.sql");

        assertThat(m.below(0)).isEmpty();
        assertThat(m.below(1)).isEmpty();
        assertThat(m.below(2)).hasValue(1L);
        assertThat(m.below(3)).hasValue(1L);
        assertThat(m.below(4)).hasValue(3L);
        assertThat(m.below(7)).hasValue(3L);
        assertThat(m.below(8)).hasValue(7L);
        assertThat(m.below(MAX_UNSIGNED)).hasValue(7L);
    }

    @Test
    void firstAndLast() {
        Migrations m = load("5_e.down.sql", "2_b.up.sql", "9_i.up.sql");

        assertThat(m.first()).hasValue(2L);
        assertThat(m.last()).hasValue(9L);
        assertThat(m.isEmpty()).isFalse();
    }

    @Test
    void anEmptySourceHasNoVersions() {
        Migrations m = load("README.md", "notes.txt");

        assertThat(m.isEmpty()).isTrue();
        assertThat(m.versions()).isEmpty();
        assertThat(m.first()).isEqualTo(OptionalLong.empty());
        assertThat(m.last()).isEqualTo(OptionalLong.empty());
        assertThat(m.below(10)).isEmpty();
        assertThat(m.next(1)).isEmpty();
        assertThat(m.previous(1)).isEmpty();
        assertThat(m.contains(1)).isFalse();
        assertThat(m.file(1, Direction.UP)).isEmpty();
        assertThat(m.title(1)).isEmpty();
    }

    @Test
    void upOnlyAndDownOnlyVersionsAreKeptAsNilMigrations() {
        Migrations m = load("1_a.up.sql", "1_a.down.sql", "2_up_only.up.sql", "3_down_only.down.sql");

        assertThat(m.versions()).containsExactly(1L, 2L, 3L);
        assertThat(m.file(2, Direction.UP)).isPresent();
        assertThat(m.file(2, Direction.DOWN)).isEmpty();
        assertThat(m.file(3, Direction.UP)).isEmpty();
        assertThat(m.file(3, Direction.DOWN)).isPresent();
        assertThat(m.next(1)).hasValue(2L);
        assertThat(m.next(2)).hasValue(3L);
        assertThat(m.previous(3)).hasValue(2L);
    }

    @Test
    void titlePrefersTheUpFileThenTheDownFile() {
        Migrations m = load("1_create_users.up.sql", "1_drop_users.down.sql", "2_only_down.down.sql",
                "3_.up.sql");

        assertThat(m.title(1)).isEqualTo("create_users");
        assertThat(m.title(2)).isEqualTo("only_down");
        assertThat(m.title(3)).isEmpty();
        assertThat(m.title(4)).isEmpty();
    }

    @Test
    void duplicateVersionAndDirectionNamesBothFilesAndTheFolder() {
        assertThatThrownBy(() -> load("1_a.up.sql", "001_b.up.sql"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("duplicate migration file: 1_a.up.sql")
                .hasMessageContaining("001_b.up.sql")
                .hasMessageContaining("/srv/app/db/migrations")
                .hasMessageContaining("version 1 up");
    }

    @Test
    void duplicateDownFilesAreAnErrorToo() {
        assertThatThrownBy(() -> load("2_a.down.sql", "2_b.down.sql", "2_a.up.sql"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("duplicate migration file: 2_b.down.sql")
                .hasMessageContaining("2_a.down.sql")
                .hasMessageContaining("version 2 down");
    }

    @Test
    void aBackupFileIsAMigrationAndCollides() {
        assertThatThrownBy(() -> load("1_a.up.sql", "1_a.up.sql.bak"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("1_a.up.sql.bak")
                .hasMessageContaining("1_a.up.sql ");
    }

    @Test
    void duplicateAboveLongMaxValueIsPrintedUnsigned() {
        assertThatThrownBy(() -> load("18446744073709551615_a.up.sql", "018446744073709551615_b.up.sql"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("version 18446744073709551615 up");
    }

    @Test
    void sameVersionInBothDirectionsIsNoDuplicate() {
        Migrations m = load("1_a.up.sql", "001_b.down.sql");

        assertThat(m.title(1)).isEqualTo("a");
        assertThat(m.file(1, Direction.DOWN)).map(MigrationFile::name).hasValue("001_b.down.sql");
    }

    @Test
    void keepsItsSource() {
        NamesSource source = new NamesSource("1_a.up.sql");

        assertThat(Migrations.load(source).source()).isSameAs(source);
    }

    @Test
    void duplicatesInARealFolderNameTheAbsoluteFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1_a.up.sql"), "select 1;");
        Files.writeString(dir.resolve("001_b.up.sql"), "select 2;");

        assertThatThrownBy(() -> Migrations.load(new DirectorySource(dir)))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("duplicate migration file: 1_a.up.sql")
                .hasMessageContaining("001_b.up.sql")
                .hasMessageContaining(dir.toAbsolutePath().normalize().toString());
    }
}
