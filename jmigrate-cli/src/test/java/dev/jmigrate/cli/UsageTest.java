package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.ToolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {
    private static final String HINT = "Usage: migrate OPTIONS COMMAND [arg...]\nRun 'migrate -help' for the commands and options.\n";

    @Test
    void noCommandPrintsUsageOnStderrAndExits2() {
        Migrate.Result r = Migrate.tool().run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: migrate OPTIONS COMMAND [arg...]\n       migrate [ -version | -help ]\n");
    }

    @Test
    void onlyOptionsIsStillNoCommand() {
        Migrate.Result r = Migrate.tool().run("-path", "db", "-database", "postgres://u@127.0.0.1:1/db");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Usage: migrate OPTIONS COMMAND");
    }

    @Test
    void unknownCommandPrintsUsageOnStderrAndExits2() {
        Migrate.Result r = Migrate.tool().run("-path", "db", "upp");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0)).isEqualTo("unknown command: upp");
        assertThat(r.errLines().get(1)).isEqualTo("Usage: migrate OPTIONS COMMAND [arg...]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-help", "--help", "-h", "--h", "-help=true", "-h=1"})
    void helpPrintsUsageOnStdout(String flag) {
        Migrate.Result r = Migrate.tool().run(flag);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: migrate OPTIONS COMMAND [arg...]\n")
                .contains("create [-ext E] [-dir D] [-seq] [-digits N] [-format F] [-tz Z] NAME",
                        "  goto V ", "  up [N] ", "  down [N] ", "  down -all ", "  drop [-f] ", "  force V ",
                        "  version ", "  status [-json] [-exit-code]", "  validate ", "  locks ",
                        "-source URL", "-path DIR", "-database URL", "-prefetch N", "(default 64)", "-lock-timeout N",
                        "(default 15)", "-migration-timeout D", "-verbose", "-version", "-help, -h",
                        "DATABASE_URL", "MIGRATION_DIR", "MIGRATION_TIMEOUT", "(default ./migrations)", "(default 60s)",
                        "  0  success", "  1  an error", "  2  a usage error", "  3  status -exit-code", "  4  status -exit-code",
                        "-dry-run", "-allow-out-of-order", "-skip-validation");
    }

    @Test
    void helpBeforeACommandIsTheGeneralHelp() {
        Migrate.Result r = Migrate.tool().run("-help", "up");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: migrate OPTIONS COMMAND [arg...]\n");
    }

    @ParameterizedTest
    @CsvSource({
        "create, Usage: migrate create [-ext E] [-dir D] [-seq] [-digits N] [-format F] [-tz Z] NAME",
        "goto, Usage: migrate goto V",
        "up, Usage: migrate up [N]",
        "down, Usage: migrate down [N] [-all]",
        "drop, Usage: migrate drop [-f]",
        "force, Usage: migrate force V",
        "version, Usage: migrate version",
        "status, Usage: migrate status [-json] [-exit-code]",
        "validate, Usage: migrate validate",
        "locks, Usage: migrate locks",
    })
    void commandHelpPrintsThatCommandsUsage(String command, String firstLine) {
        for (String flag : new String[] {"-help", "--help", "-h"}) {
            Migrate.Result r = Migrate.tool().run(command, flag);
            assertThat(r.code()).as(command + " " + flag).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.outLines().get(0)).startsWith(firstLine);
            assertThat(r.out()).contains("migrate -help lists them");
        }
    }

    @Test
    void createHelpListsItsFlagsWithDefaults() {
        Migrate.Result r = Migrate.tool().run("create", "-help");
        assertThat(r.out()).contains("-ext E", "(required)", "-dir D", "current", "-seq", "-digits N", "(default 6)",
                "-format F", "20060102150405", "unixNano", "-tz Z", "(default UTC)");
    }

    @Test
    void statusHelpDocumentsTheExitCodes() {
        assertThat(Migrate.tool().run("status", "-help").out()).contains("Exit 3 when migrations are pending, 4 when");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-version", "--version", "-version=true"})
    void versionPrintsTheToolVersionOnStdout(String flag) {
        Migrate.Result r = Migrate.tool().run(flag);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(ToolVersion.get() + "\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void versionFlagAfterACommandNeedsNoDatabase() {
        Migrate.Result r = Migrate.tool().run("up", "-version", "-database", "postgres://u@127.0.0.1:1/db");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(ToolVersion.get() + "\n");
    }

    @Test
    void unknownFlagBeforeTheCommand() {
        Migrate.Result r = Migrate.tool().run("-x", "up");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("flag provided but not defined: -x\n" + HINT);
    }

    @Test
    void unknownFlagAfterTheCommandPointsAtTheCommandsHelp() {
        Migrate.Result r = Migrate.tool().run("up", "--nope=1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("flag provided but not defined: -nope\n"
                + "Usage: migrate up [N] [-dry-run] [-allow-out-of-order] [-skip-validation]\n"
                + "Run 'migrate up -help' for details.\n");
    }

    @Test
    void aFlagOfAnotherCommandIsUnknown() {
        Migrate.Result r = Migrate.tool().run("up", "-all");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines().get(0)).isEqualTo("flag provided but not defined: -all");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-prefetch abc up            | invalid value \"abc\" for flag -prefetch: parse error",
        "up -prefetch=-3             | invalid value \"-3\" for flag -prefetch: parse error",
        "-lock-timeout -1 up         | invalid value \"-1\" for flag -lock-timeout: parse error",
        "--lock-timeout=1.5 up       | invalid value \"1.5\" for flag -lock-timeout: parse error",
        "-migration-timeout 5x up    | invalid value \"5x\" for flag -migration-timeout: parse error",
        "-verbose=maybe up           | invalid boolean value \"maybe\" for -verbose: parse error",
        "create -digits x -ext sql a | invalid value \"x\" for flag -digits: parse error",
        "down -all=2                 | invalid boolean value \"2\" for -all: parse error",
    })
    void malformedOptionValuesAreUsageErrors(String commandLine, String message) {
        Migrate.Result r = Migrate.tool().run(commandLine.trim().split(" +"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0)).isEqualTo(message);
        assertThat(r.errLines()).hasSize(3);
    }

    @Test
    void aMalformedValueIsQuotedAsGoQuotesIt() {
        Migrate.Result r = Migrate.tool().run("-prefetch", "a\tb\"é\u0001", "up");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines().get(0)).isEqualTo("invalid value \"a\\tb\\\"é\\x01\" for flag -prefetch: parse error");
    }

    @Test
    void missingOptionValueIsAUsageError() {
        Migrate.Result r = Migrate.tool().run("up", "-path");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines().get(0)).isEqualTo("flag needs an argument: -path");
    }

    @Test
    void goStyleNumbersAreAccepted() {
        assertThat(GoFlags.parseUint("10")).isEqualTo(10);
        assertThat(GoFlags.parseUint("0x1f")).isEqualTo(31);
        assertThat(GoFlags.parseUint("0o17")).isEqualTo(15);
        assertThat(GoFlags.parseUint("017")).isEqualTo(15);
        assertThat(GoFlags.parseUint("0b101")).isEqualTo(5);
        assertThat(GoFlags.parseUint("1_000")).isEqualTo(1000);
        assertThat(GoFlags.parseUint("0")).isZero();
        assertThat(GoFlags.parseUint("18446744073709551615")).isEqualTo(-1L);
        assertThat(GoFlags.parseInt("-6")).isEqualTo(-6);
        assertThat(GoFlags.parseInt("+6")).isEqualTo(6);
        assertThat(GoFlags.parseInt("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        for (String bad : new String[] {"", "-1", "+1", "1_", "_1", "1__0", "08", "0x", "1.5", "abc", "18446744073709551616", " 1"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoFlags.parseUint(bad)).as(bad)
                    .hasMessage("parse error");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoFlags.parseInt("9223372036854775808"))
                .hasMessage("parse error");
    }
}
