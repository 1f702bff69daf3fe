package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * golang-migrate's argument checks: runtime errors (exit 1) with its messages, made before any connection (the
 * database URL here points at a closed port, so a connection attempt would show in the output).
 */
class ArgumentsTest {
    private static final String UNREACHABLE = "postgres://u@127.0.0.1:1/db?sslmode=disable";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "goto            | please specify version argument V",
        "goto x          | can't read version argument V",
        "goto -1         | can't read version argument V",
        "goto +1         | can't read version argument V",
        "goto 1.5        | can't read version argument V",
        "goto 18446744073709551616 | can't read version argument V",
        "up abc          | can't read limit argument N",
        "up -5           | can't read limit argument N",
        "up +1           | can't read limit argument N",
        "up 1_0          | can't read limit argument N",
        "down abc        | can't read limit argument N",
        "down -1         | can't read limit argument N",
        "down 1 2        | too many arguments",
        "down -all 1     | -all cannot be used with other arguments",
        "down 1 -all     | -all cannot be used with other arguments",
        "down --all 1 2  | -all cannot be used with other arguments",
        "force           | please specify version argument V",
        "force x         | can't read version argument V",
        "force 0x10      | can't read version argument V",
        "force -2        | argument V must be >= -1",
        "force -- -2     | argument V must be >= -1",
        "force -9223372036854775809 | can't read version argument V",
    })
    void rejectedArgumentsAreRuntimeErrors(String commandLine, String message) {
        for (List<String> args : placements(commandLine)) {
            Migrate.Result r = Migrate.tool().run(args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(args.toString()).isEqualTo("error: " + message + "\n");
        }
    }

    /** The same command with the global options before it, after it, and with two dashes and {@code =}. */
    private List<List<String>> placements(String commandLine) {
        List<String> command = List.of(commandLine.trim().split(" +"));
        String dir = tmp.toString();
        List<List<String>> all = new ArrayList<>();
        all.add(concat(List.of("-path", dir, "-database", UNREACHABLE), command));
        all.add(concat(command.subList(0, 1), concat(List.of("-path", dir, "-database", UNREACHABLE), command.subList(1, command.size()))));
        all.add(concat(List.of("--path=" + dir, "--database=" + UNREACHABLE), command));
        return all;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void badDatabaseUrlIsReportedBeforeTheArguments() {
        Migrate.Result r = Migrate.tool().run("-path", tmp.toString(), "-database", "nourl", "goto");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: database URL 'nourl' has no scheme");
    }

    @Test
    void missingDatabaseUrlSaysHowToGiveOne() {
        Migrate.Result r = Migrate.tool().run("-path", tmp.toString(), "version");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: no database URL: give -database URL or set DATABASE_URL");
    }

    @Test
    void unknownSourceSchemeIsAnError() {
        Migrate.Result r = Migrate.tool().run("-source", "s3://bucket/x", "-database", UNREACHABLE, "version");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: unknown source scheme 's3'");
    }
}
