package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbose mode: time-stamped stderr lines, golang-migrate's extra lines; results stay plain on stdout. */
class VerboseTest extends PostgresCase {
    private static final String STAMP = "\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} ";

    @Test
    void everyStderrLineIsTimeStamped() {
        Migrate.Result r = migrate("-verbose", "up", "2");
        assertThat(r.code()).isZero();
        assertThat(r.errLines()).allMatch(line -> line.matches(STAMP + ".*"));
        List<String> lines = r.errLines().stream().map(l -> l.substring(20)).toList();
        assertThat(lines).hasSize(8).startsWith("Start buffering 1/u t1", "Read and execute 1/u t1")
                .endsWith("Closing source and database");
        assertThat(lines.get(6)).matches("Finished after " + GO_DURATION);
        int finished1 = indexOf(lines, "Finished 1/u t1 (");
        int finished3 = indexOf(lines, "Finished 3/u t3 (");
        assertThat(lines.get(finished1)).matches("Finished 1/u t1 \\(read " + GO_DURATION + ", ran " + GO_DURATION + "\\)");
        assertThat(lines.get(finished3)).matches("Finished 3/u t3 \\(read " + GO_DURATION + ", ran " + GO_DURATION + "\\)");
        assertThat(finished1).as("steps are reported in order, each after it ran (quick ones may share a commit)")
                .isGreaterThan(1).isLessThan(finished3);
        assertThat(indexOf(lines, "Read and execute 3/u t3")).isEqualTo(indexOf(lines, "Start buffering 3/u t3") + 1)
                .isLessThan(finished3);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix + " in " + lines);
    }

    @Test
    void nilMigrationsAndPrefetchZeroAreScheduled() {
        migrate("goto", "4");
        Migrate.Result r = migrate("up", "--verbose=true", "-prefetch", "0");
        assertThat(r.err()).contains(" Scheduled 5/u <empty>\n", " Scheduled 7/u t7\n", " Read and execute 7/u t7\n")
                .doesNotContain("Start buffering");
    }

    @Test
    void resultsAreNotTimeStamped() {
        migrate("up");
        Migrate.Result r = migrate("version", "-verbose");
        assertThat(r.out()).isEqualTo("7\n");
    }

    @Test
    void errorsAreTimeStamped() {
        Migrate.Result r = migrate("goto", "2", "-verbose");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().matches(STAMP + "error: no migration found for version 2.*");
    }

    @Test
    void failuresWithACauseShowTheStackTrace() {
        Migrate.Result r = Migrate.tool().run("-path", dir.toString(), "-database", "postgres://u@127.0.0.1:1/db", "-verbose", "up");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines().get(0)).matches(STAMP + "error: cannot connect to PostgreSQL at 127.0.0.1:1/db.*");
        assertThat(r.err()).contains("dev.jmigrate.database.ConnectionException", "Caused by: ");
        assertThat(r.errLines()).allMatch(line -> line.matches(STAMP + ".*"));
        assertThat(r.err().split("error: ", -1)).hasSize(2);

        Migrate.Result quiet = Migrate.tool().run("-path", dir.toString(), "-database", "postgres://u@127.0.0.1:1/db", "up");
        assertThat(quiet.err()).doesNotContain("ConnectionException", "\tat ");
    }

    @Test
    void verboseFalseIsQuiet() {
        Migrate.Result r = migrate("-verbose=false", "up", "1");
        assertThat(r.errLines()).singleElement().asString().matches(progress("1/u t1"));
    }

    @Test
    void noChangeEndsWithFinishedAfter() {
        Migrate.Result r = migrate("up", "0", "-verbose");
        assertThat(r.errLines()).hasSize(3);
        assertThat(r.errLines().get(0)).matches(STAMP + "no change");
        assertThat(r.errLines().get(1)).matches(STAMP + "Finished after " + GO_DURATION);
    }
}
