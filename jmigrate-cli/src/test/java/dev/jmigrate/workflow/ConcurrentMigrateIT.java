package dev.jmigrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two migrate processes started at once against one database: one applies, the other waits, then has nothing to do. */
class ConcurrentMigrateIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void packaged() {
        RepositoryFiles.assumeIntegrationPhase();
    }

    @Test
    void oneAppliesAndTheOtherWaitsThenReportsNoChange() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1_events.up.sql"), "CREATE TABLE events (step text);");
        Files.writeString(migrations.resolve("2_slow.up.sql"), "SELECT pg_sleep(2);\nINSERT INTO events VALUES ('2u');");
        Files.writeString(migrations.resolve("3_more.up.sql"), "INSERT INTO events VALUES ('3u');");
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                processes.add(new ProcessBuilder(RepositoryFiles.root().resolve("bin/migrate").toString(),
                        "-path", migrations.toString(), "-database", db.url(), "up")
                        .redirectOutput(dir.resolve("out" + i).toFile())
                        .redirectError(dir.resolve("err" + i).toFile())
                        .start());
            }
            List<String> outputs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                assertThat(processes.get(i).waitFor(2, TimeUnit.MINUTES)).isTrue();
                String err = read(dir.resolve("err" + i));
                assertThat(processes.get(i).exitValue()).as(err).isZero();
                outputs.add(err);
            }
            assertThat(outputs).filteredOn(err -> err.contains("no change") && !err.contains("/u ")).as(String.join("\n---\n", outputs)).hasSize(1);
            assertThat(outputs).filteredOn(err -> err.contains("2/u slow")).hasSize(1);
            assertThat(db.column("SELECT step FROM events")).containsExactly("2u", "3u");
            assertThat(db.value("SELECT version FROM schema_migrations")).isEqualTo("3");
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
