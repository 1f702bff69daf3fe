package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sequentialCreatesNumberedPairsAndPrintsAbsolutePathsOnStdout() {
        Path dir = tmp.resolve("db/migrations");
        Migrate.Result first = Migrate.tool().run("create", "-ext", "sql", "-dir", dir.toString(), "-seq", "create_users");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo(dir.resolve("000001_create_users.up.sql") + "\n"
                + dir.resolve("000001_create_users.down.sql") + "\n");
        assertThat(dir.resolve("000001_create_users.up.sql")).exists().isEmptyFile();
        assertThat(dir.resolve("000001_create_users.down.sql")).exists().isEmptyFile();

        Migrate.Result second = Migrate.tool().run("create", "--dir=" + dir, "-seq", "--ext=.sql", "-digits", "6", "add_index");
        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.outLines()).containsExactly(dir.resolve("000002_add_index.up.sql").toString(),
                dir.resolve("000002_add_index.down.sql").toString());
    }

    @Test
    void digitsSetTheWidth() {
        Migrate.Result r = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.toString(), "-seq", "-digits", "3", "x");
        assertThat(r.outLines()).first().isEqualTo(tmp.resolve("001_x.up.sql").toString());
    }

    @Test
    void timestampVersionIsTheStartTimeInUtcByDefault() {
        Instant before = Instant.now().minusSeconds(1);
        Migrate.Result r = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.toString(), "init");
        Instant after = Instant.now().plusSeconds(1);
        assertThat(r.code()).isZero();
        String up = Path.of(r.outLines().get(0)).getFileName().toString();
        assertThat(up).matches("\\d{14}_init\\.up\\.sql");
        DateTimeFormatter layout = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
        assertThat(up.substring(0, 14)).isBetween(layout.format(before), layout.format(after));
        assertThat(r.outLines().get(1)).endsWith(up.substring(0, 14) + "_init.down.sql");
    }

    @Test
    void timeZoneAndGoLayoutShapeTheVersion() {
        Instant before = Instant.now();
        Migrate.Result r = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.toString(), "-tz", "Asia/Kolkata",
                "-format", "2006-01-02T15:04Z07:00", "x");
        assertThat(r.code()).as(r.toString()).isZero();
        String expectedPrefix = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneId.of("Asia/Kolkata")).format(before);
        assertThat(Path.of(r.outLines().get(0)).getFileName().toString()).startsWith(expectedPrefix).contains("+05:30_x.up.sql");
    }

    @Test
    void unixFormats() {
        long now = Instant.now().getEpochSecond();
        Migrate.Result unix = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.resolve("a").toString(), "-format", "unix", "x");
        String seconds = Path.of(unix.outLines().get(0)).getFileName().toString().split("_")[0];
        assertThat(Long.parseLong(seconds)).isBetween(now - 2, now + 2);
        Migrate.Result nano = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.resolve("b").toString(), "-format", "unixNano", "x");
        String nanos = Path.of(nano.outLines().get(0)).getFileName().toString().split("_")[0];
        assertThat(nanos).hasSize(19);
        assertThat(Long.parseLong(nanos) / 1_000_000_000L).isBetween(now - 2, now + 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "create                                          | error: please specify name",
        "create -ext sql -tz Nowhere/City               | error: please specify name",
        "create -tz Nowhere/City -seq -format x name    | error: -ext flag must be specified",
        "create -ext sql -tz Nowhere/City -seq -format x name | unknown time zone Nowhere/City",
        "create -ext sql -tz +05:00 name                | unknown time zone +05:00",
        "create -ext sql -seq -format x -digits 0 name  | error: the seq and format options are mutually exclusive",
        "create -ext sql -seq -digits 0 name            | error: digits must be positive",
        "create -ext sql -seq -digits -1 name           | error: digits must be positive",
    })
    void validationInGolangMigratesOrder(String commandLine, String message) {
        String[] args = (commandLine.trim() + " -dir " + tmp).split(" +");
        Migrate.Result r = Migrate.tool().run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(message + "\n");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void emptyTimeFormatIsRejectedInTimestampMode() {
        Migrate.Result r = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.toString(), "-format", "", "x");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: time format may not be empty\n");
    }

    @Test
    void seqWithTheDefaultFormatSpelledOutIsAllowed() {
        Migrate.Result r = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.toString(), "-seq", "-format", "20060102150405", "x");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void duplicateVersionIsAnError() {
        String[] args = {"create", "-ext", "sql", "-dir", tmp.toString(), "-format", "2006", "x"};
        assertThat(Migrate.tool().run(args).code()).isZero();
        Migrate.Result again = Migrate.tool().run(args);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("error: duplicate migration version: ");
    }

    @Test
    void malformedLastFileNameIsAnError() throws Exception {
        Files.writeString(tmp.resolve("notes.sql"), "");
        Migrate.Result r = Migrate.tool().run("create", "-ext", "sql", "-dir", tmp.toString(), "-seq", "x");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: malformed migration filename: " + tmp.resolve("notes.sql") + "\n");
    }

    @Test
    void neverConnectsToTheDatabase() {
        Migrate.Result r = Migrate.tool().env(Settings.MIGRATION_TIMEOUT, "nonsense").run("-database",
                "postgres://u:secret@127.0.0.1:1/db", "create", "-ext", "sql", "-dir", tmp.toString(), "-seq", "x");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
