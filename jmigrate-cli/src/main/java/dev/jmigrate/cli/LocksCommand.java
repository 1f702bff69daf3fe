package dev.jmigrate.cli;

import dev.jmigrate.go.GoDuration;
import dev.jmigrate.database.LockReport;
import picocli.CommandLine.Command;

/** {@code locks}: who holds the migration lock, and which sessions wait for locks of any kind. */
@Command(name = "locks")
final class LocksCommand extends Subcommand {
    LocksCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        return invocation.withMigrator(builder -> { }, migrator -> {
            output().result(render(migrator.locks()));
            return 0;
        });
    }

    static String render(LockReport report) {
        StringBuilder out = new StringBuilder();
        LockReport.Session holder = report.holder();
        if (holder == null) {
            out.append("migration lock: free, no session holds it\n");
        } else {
            out.append("migration lock: held by ").append(Sessions.describe(holder)).append('\n');
            if (Sessions.present(holder.query())) {
                out.append("  last query: ").append(holder.query()).append('\n');
            }
        }
        if (report.waiting().isEmpty()) {
            return out.append("no session is waiting for a lock").toString();
        }
        out.append(report.waiting().size()).append(report.waiting().size() == 1 ? " session is" : " sessions are")
                .append(" waiting for a lock:\n");
        TextTable table = new TextTable("PID", "USER", "APPLICATION", "CLIENT", "WAITING", "WAITS FOR", "BLOCKED BY", "QUERY");
        for (LockReport.Session s : report.waiting()) {
            table.row(s.id(), dash(s.user()), dash(s.application()), dash(s.client()),
                    s.age() == null ? "-" : GoDuration.format(s.age()), dash(s.waitingFor()),
                    s.blockedBy().isEmpty() ? "-" : String.join(",", s.blockedBy()), dash(s.query()));
        }
        return out.append(table.render()).toString();
    }

    private static String dash(String text) {
        return Sessions.present(text) ? text : "-";
    }

    @Override
    String usage() {
        return """
                Usage: migrate locks

                Shows which database session holds the migration lock (process id, user, application, client
                address, how long it has held the lock, its last query) and every session that waits for a lock
                of any kind, with what blocks it. Use it when a migration seems stuck.
                """ + "\n" + Usage.COMMAND_FOOTER;
    }
}
