package dev.jmigrate;

import dev.jmigrate.database.ServerError;

/** Renders a {@link MigrationFailedException.Failure} for people: what, where, what the server said, what now. */
final class FailureMessage {
    private FailureMessage() {
    }

    static String render(MigrationFailedException.Failure f) {
        StringBuilder out = new StringBuilder(headline(f));
        ServerError e = f.serverError();
        field(out, "file", f.line() > 0 ? f.file() + ":" + f.line() + ":" + f.column() : f.file());
        field(out, "statement", (f.statementIndex() + 1) + " of " + f.statementsTotal() + ": " + f.statement());
        if (e != null) {
            field(out, "detail", e.detail());
            field(out, "hint", e.hint());
        }
        field(out, "database", outcome(f));
        return out.toString();
    }

    private static String headline(MigrationFailedException.Failure f) {
        String where = f.line() > 0 ? " at line " + f.line() + ", column " + f.column() : "";
        String migration = "migration " + Long.toUnsignedString(f.version()) + "/" + f.direction().letter()
                + " (" + fileName(f.file()) + ")";
        if (f.timedOut()) {
            return migration + " ran longer than the migration timeout"
                    + (f.timeout() == null ? "" : " (" + seconds(f.timeout()) + ")") + " and was cancelled" + where;
        }
        return migration + " failed" + where + ": " + (f.serverError() == null ? "unknown error" : f.serverError().summary());
    }

    private static String outcome(MigrationFailedException.Failure f) {
        String after = version(f.versionAfter());
        if (f.transactional()) {
            return "unchanged: the migration ran in a transaction that was rolled back; the version is still " + after
                    + " and not dirty. Fix the file and run the command again.";
        }
        String cause = "version " + after + " is marked dirty (the file could not run in a transaction); ";
        String force = "run `migrate force " + version(f.versionBefore()) + "` if nothing of the migration is left,"
                + " or `migrate force " + after + "` if you completed it by hand.";
        if (f.statementsApplied() == 0) {
            return cause + "no statement of the file had completed, so after checking the schema " + force;
        }
        String applied = f.statementsApplied() == 1
                ? "statement 1 of " + f.statementsTotal() + " stayed applied"
                : "statements 1 to " + f.statementsApplied() + " of " + f.statementsTotal() + " stayed applied";
        return cause + applied + ". Finish or undo them by hand, then " + force;
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append("\n  ").append(name).append(": ").append(" ".repeat(Math.max(0, 9 - name.length()))).append(value);
        }
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String version(long v) {
        return v == -1 ? "-1" : Long.toUnsignedString(v);
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
