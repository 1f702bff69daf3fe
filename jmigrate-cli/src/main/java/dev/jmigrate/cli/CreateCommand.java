package dev.jmigrate.cli;

import dev.jmigrate.cli.go.GoTimeLayout;
import dev.jmigrate.source.create.CreateRequest;
import dev.jmigrate.source.create.CreatedMigration;
import dev.jmigrate.source.create.MigrationCreateException;
import dev.jmigrate.source.create.MigrationFileCreator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code create}: makes an empty up and down migration pair, as golang-migrate does; needs no database. */
@Command(name = "create")
final class CreateCommand extends Subcommand {
    @Option(names = {"-ext", "--ext"}, paramLabel = "E")
    String extension = "";

    @Option(names = {"-dir", "--dir"}, paramLabel = "D")
    String dir = "";

    @Option(names = {"-seq", "--seq"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean sequential;

    @Option(names = {"-digits", "--digits"}, paramLabel = "N", converter = GoFlags.Int.class)
    long digits = CreateRequest.DEFAULT_DIGITS;

    @Option(names = {"-format", "--format"}, paramLabel = "F")
    String format = GoTimeLayout.MIGRATION_VERSION_LAYOUT;

    @Option(names = {"-tz", "--tz"}, paramLabel = "Z")
    String timeZone = "UTC";

    private ZoneId zone;

    CreateCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        String name = args.isEmpty() ? null : args.get(0);
        CreateRequest request = new CreateRequest(dir, name, extension, sequential, clampedDigits(), this::timestampVersion);
        zone = zone(timeZone);
        if (sequential && !format.equals(GoTimeLayout.MIGRATION_VERSION_LAYOUT)) {
            throw new CliException("the seq and format options are mutually exclusive");
        }
        CreatedMigration created;
        try {
            created = new MigrationFileCreator(invocation.workingDirectory()).create(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output().result(created.up().toString());
        output().result(created.down().toString());
        return 0;
    }

    /** golang-migrate's {@code time.LoadLocation}: {@code UTC} (or empty), {@code Local}, or a tz database name. */
    static ZoneId zone(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (name.equals("Local")) {
            return ZoneId.systemDefault();
        }
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            throw CliException.bare("unknown time zone " + name);
        }
        return ZoneId.of(name);
    }

    private String timestampVersion() {
        Instant start = invocation.startedAt();
        return switch (format) {
            case "" -> throw new MigrationCreateException("time format may not be empty");
            case "unix" -> Long.toString(start.getEpochSecond());
            case "unixNano" -> BigInteger.valueOf(start.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
                    .add(BigInteger.valueOf(start.getNano())).toString();
            default -> GoTimeLayout.format(ZonedDateTime.ofInstant(start, zone), format);
        };
    }

    private int clampedDigits() {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, digits));
    }

    @Override
    String usage() {
        return """
                Usage: migrate create [-ext E] [-dir D] [-seq] [-digits N] [-format F] [-tz Z] NAME

                Creates the empty pair <version>_NAME.up.E and <version>_NAME.down.E in directory D and prints
                their absolute paths, up first. The version is the current time, or with -seq the number after
                the last migration's. Needs no database.

                Options:
                  -ext E                File extension, e.g. sql (required)
                  -dir D                Directory for the files, created if missing (default: the current
                                        directory)
                  -seq                  Number the versions 1, 2, 3... instead of using the time
                  -digits N             With -seq: zero-padded width of the number (default 6)
                  -format F             Go time layout of the version (default 20060102150405); "unix" and
                                        "unixNano" give seconds or nanoseconds since 1970
                  -tz Z                 Time zone of the version: UTC, Local or a name like Europe/Paris
                                        (default UTC)
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
