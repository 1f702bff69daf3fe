package dev.jmigrate.cli;

import dev.jmigrate.MigrationStatus;
import dev.jmigrate.Status;
import dev.jmigrate.go.GoDuration;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.VersionState;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: every migration with its state, the current version and the lock holder. */
@Command(name = "status")
final class StatusCommand extends Subcommand {
    static final int PENDING = 3;
    static final int PROBLEMS = 4;

    @Option(names = {"-json", "--json"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean json;

    @Option(names = {"-exit-code", "--exit-code"}, arity = "0..1", fallbackValue = "true", converter = GoFlags.Bool.class)
    boolean exitCode;

    StatusCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(builder -> { }, migrator -> {
            Status status = migrator.status();
            output().result(json ? StatusJson.render(status) : table(status));
            if (!exitCode) {
                return 0;
            }
            return hasProblems(status) ? PROBLEMS : status.hasPending() ? PENDING : 0;
        });
    }

    static boolean hasProblems(Status status) {
        return status.hasProblems() || status.current().dirty();
    }

    private static String table(Status status) {
        TextTable table = new TextTable("VERSION", "TITLE", "STATE", "APPLIED AT", "DURATION", "APPLIED BY");
        for (MigrationStatus m : status.migrations()) {
            table.row(Long.toUnsignedString(m.version()), m.title(), m.state().word(), orDash(instant(m.appliedAt())),
                    m.duration() == null ? "-" : GoDuration.format(m.duration()), orDash(m.appliedBy()));
        }
        StringBuilder out = new StringBuilder();
        if (!status.migrations().isEmpty()) {
            out.append(table.render()).append("\n\n");
        }
        out.append("current version: ").append(version(status.current())).append('\n');
        LockReport.Session holder = status.lock() == null ? null : status.lock().holder();
        out.append("migration lock: ").append(holder == null ? "free" : "held by " + Sessions.describe(holder));
        return out.toString();
    }

    static String instant(Instant at) {
        return at == null ? null : UtcSeconds.format(at);
    }

    private static String version(VersionState state) {
        return state.isNone() ? (state.dirty() ? "none (dirty)" : "none") : state.toString();
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }

    @Override
    String usage() {
        return """
                Usage: migrate status [-json] [-exit-code]

                Lists every migration of the folder and of the database's history: version, title, state
                (applied, pending, modified, missing, dirty, out-of-order), when it was applied (UTC), how long
                it took and by whom; then the current version and who holds the migration lock.

                Options:
                  -json                 Print one JSON object instead of the table
                  -exit-code            Exit 3 when migrations are pending, 4 when there are problems (dirty,
                                        modified, missing or out-of-order migrations), else 0
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
