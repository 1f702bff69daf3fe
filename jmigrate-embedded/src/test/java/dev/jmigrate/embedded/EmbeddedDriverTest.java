package dev.jmigrate.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.Migrator;
import dev.jmigrate.contract.MigrationFolder;
import dev.jmigrate.database.VersionState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDriverTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmbeddedServerWhoseDataSurvivesTheProcess() {
        MigrationFolder folder = new MigrationFolder(dir.resolve("migrations"))
                .file("1_a.up.sql", "CREATE TABLE a (id int);")
                .file("1_a.down.sql", "DROP TABLE a;")
                .file("2_b.up.sql", "CREATE TABLE b (id int);")
                .file("2_b.down.sql", "DROP TABLE b;");
        String url = "embedded:" + dir.resolve("data");
        try (Migrator m = Migrator.builder().path(folder.path()).database(url).build()) {
            m.steps(1);
        }
        try (Migrator m = Migrator.builder().path(folder.path()).database(url).build()) {
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            m.up();
            assertThat(m.version()).isEqualTo(VersionState.clean(2));
        }
        assertThat(dir.resolve("data").resolve("PG_VERSION")).exists();
        assertThat(dir.resolve("data").resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void parsesTheDataFolderAndTheQuery() {
        assertThat(EmbeddedUrl.parse("embedded:").dataDirectory()).isEqualTo(EmbeddedUrl.DEFAULT_DIRECTORY.toAbsolutePath());
        assertThat(EmbeddedUrl.parse("embedded:/tmp/x?search_path=app").dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(EmbeddedUrl.parse("embedded:/tmp/x?search_path=app").query()).isEqualTo("search_path=app");
        assertThat(EmbeddedUrl.parse("embedded://rel/dir").dataDirectory()).isEqualTo(Path.of("rel/dir").toAbsolutePath());
    }
}
