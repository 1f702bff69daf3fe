package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** golang-migrate.md 3.4: {@code file://} URL to folder, plus our {@code classpath:}. */
class SourcesTest {
    private static final ClassLoader LOADER = SourcesTest.class.getClassLoader();

    private static Path folderOf(String url) {
        MigrationSource source = Sources.open(url, LOADER);
        assertThat(source).isInstanceOf(DirectorySource.class);
        return ((DirectorySource) source).directory();
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    @Test
    void fileWithTwoSlashesIsRelativeHostPlusPath() {
        assertThat(folderOf("file://relative/dir")).isEqualTo(absolute("relative/dir"));
        assertThat(folderOf("file://migrations")).isEqualTo(absolute("migrations"));
    }

    @Test
    void fileWithThreeSlashesIsAbsolute() {
        assertThat(folderOf("file:///abs/dir")).isEqualTo(Path.of("/abs/dir"));
    }

    @Test
    void fileWithDotIsRelative() {
        assertThat(folderOf("file://./dir")).isEqualTo(absolute("dir"));
        assertThat(folderOf("file://../up/dir")).isEqualTo(absolute("../up/dir"));
    }

    @Test
    void opaqueFileUrlsAreRelativeOrAbsolute() {
        assertThat(folderOf("file:dir")).isEqualTo(absolute("dir"));
        assertThat(folderOf("file:/abs/dir")).isEqualTo(Path.of("/abs/dir"));
    }

    @Test
    void anEmptyFilePathIsTheWorkingDirectory() {
        assertThat(folderOf("file://")).isEqualTo(absolute("."));
        assertThat(folderOf("file:")).isEqualTo(absolute("."));
    }

    @Test
    void theQueryIsIgnored() {
        assertThat(folderOf("file://db/migrations?x-ignored=1")).isEqualTo(absolute("db/migrations"));
    }

    @Test
    void openingDoesNotTouchTheFolder() {
        assertThat(folderOf("file:///no/such/folder/anywhere")).isEqualTo(Path.of("/no/such/folder/anywhere"));
    }

    @Test
    void classpathLocations() {
        MigrationSource source = Sources.open("classpath:db/migrations", LOADER);
        assertThat(source).isInstanceOf(ClasspathSource.class);
        assertThat(source.location()).isEqualTo("classpath:db/migrations");

        assertThat(Sources.open("classpath://db/migrations", LOADER).location()).isEqualTo("classpath:db/migrations");
        assertThat(Sources.open("classpath:/db/migrations/", LOADER).location()).isEqualTo("classpath:db/migrations");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anEmptyUrlSaysWhatToGive(String url) {
        assertThatThrownBy(() -> Sources.open(url, LOADER))
                .isInstanceOf(SourceException.class)
                .hasMessage("no migrations source: give -path DIR or -source file://DIR");
    }

    @Test
    void aUrlWithoutSchemeSuggestsTheFileForm() {
        assertThatThrownBy(() -> Sources.open("db/migrations", LOADER))
                .isInstanceOf(SourceException.class)
                .hasMessage("source URL 'db/migrations' has no scheme; write file://db/migrations or use -path db/migrations");
        assertThatThrownBy(() -> Sources.open(":db", LOADER))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("has no scheme");
    }

    @Test
    void anUnknownSchemeNamesTheSupportedOnes() {
        assertThatThrownBy(() -> Sources.open("s3://bucket/migrations", LOADER))
                .isInstanceOf(SourceException.class)
                .hasMessage("unknown source scheme 's3' in 's3://bucket/migrations'; supported: file://DIR and classpath:LOCATION");
    }

    @Test
    void schemesAreCaseSensitiveAsInGolangMigrate() {
        assertThatThrownBy(() -> Sources.open("FILE://db", LOADER))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("unknown source scheme 'FILE'");
    }
}
