package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs run {@code up} on one database at the same moment: the lock must make one wait for the other, so that
 * every migration runs exactly once (the bodies log themselves into {@code events}) and the second reports nothing
 * applied. golang-migrate's SQLite driver fails this (its lock is a flag in the process); jmigrate's file lock passes.
 */
class ProcessRaceTest {
    @TempDir
    Path dir;

    @Test
    void mysql() throws Exception {
        try (MySqlTarget target = new MySqlTarget()) {
            race(target, "SELECT SLEEP(1)");
        }
    }

    @Test
    void sqlite() throws Exception {
        try (SqliteTarget target = new SqliteTarget()) {
            race(target, SqliteEngineTest.SLOW);
        }
    }

    @Test
    void postgres() throws Exception {
        try (PostgresTarget target = new PostgresTarget()) {
            race(target, "SELECT pg_sleep(1)");
        }
    }

    private void race(TestTarget target, String slowStatement) throws Exception {
        target.execute("CREATE TABLE events (step varchar(10))");
        Path folder = new MigrationFolder(dir.resolve("migrations"))
                .file("1_first.up.sql", "CREATE TABLE first_table (id int);\nINSERT INTO events VALUES ('1u');")
                .file("2_slow.up.sql", slowStatement + ";\nINSERT INTO events VALUES ('2u');")
                .file("3_third.up.sql", "CREATE TABLE third_table (id int);\nINSERT INTO events VALUES ('3u');")
                .path();
        List<Racer> racers = List.of(new Racer(folder, target.url(), 1), new Racer(folder, target.url(), 2));
        for (Racer r : racers) {
            r.awaitReady();
        }
        for (Racer r : racers) {
            r.go();
        }
        List<Integer> applied = new ArrayList<>();
        for (Racer r : racers) {
            applied.add(r.finish());
        }
        assertThat(applied).containsExactlyInAnyOrder(0, 3);
        assertThat(target.column("SELECT step FROM events")).containsExactly("1u", "2u", "3u");
    }

    /** One child JVM running {@link ProcessRaceMain}. */
    private final class Racer {
        private final Process process;
        private final BufferedReader out;
        private final Path err;

        Racer(Path folder, String url, int n) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            err = dir.resolve("racer" + n + ".err");
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ProcessRaceMain.class.getName(),
                    folder.toString(), url).redirectError(err.toFile()).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void awaitReady() throws IOException {
            assertThat(out.readLine()).as("first line of a racer").isEqualTo("ready");
        }

        void go() throws IOException {
            OutputStream in = process.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        int finish() throws Exception {
            String line = out.readLine();
            boolean ended = process.waitFor(90, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String stderr = Files.exists(err) ? Files.readString(err) : "";
            assertThat(ended).as("racer ended in time; stderr: " + stderr).isTrue();
            assertThat(process.exitValue()).as("racer exit status; stderr: " + stderr).isZero();
            assertThat(line).as("racer output; stderr: " + stderr).startsWith("applied=");
            return Integer.parseInt(line.substring("applied=".length()));
        }
    }
}
