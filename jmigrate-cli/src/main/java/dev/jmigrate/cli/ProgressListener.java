package dev.jmigrate.cli;

import dev.jmigrate.AppliedMigration;
import dev.jmigrate.MigrationListener;
import dev.jmigrate.PlannedMigration;
import dev.jmigrate.go.GoDuration;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.source.Direction;

/** golang-migrate's progress lines on stderr: one per migration, more in verbose mode. */
final class ProgressListener implements MigrationListener {
    private final Output output;
    private final long prefetch;

    ProgressListener(Output output, long prefetch) {
        this.output = output;
        this.prefetch = prefetch;
    }

    /** {@code <version>/<u|d> <title>}, the title {@code <empty>} when there is no file. */
    static String label(long version, Direction direction, String title, boolean hasFile) {
        return Long.toUnsignedString(version) + "/" + direction.letter() + " " + (hasFile ? title : "<empty>");
    }

    @Override
    public void waitingForLock(LockReport.Session holder) {
        output.info("waiting for the migration lock, held by "
                + (holder == null ? "another session" : Sessions.describe(holder)) + " ...");
    }

    @Override
    public void starting(PlannedMigration migration) {
        if (!output.verbose()) {
            return;
        }
        boolean hasFile = migration.file() != null;
        String label = label(migration.version(), migration.direction(), migration.title(), hasFile);
        output.info((prefetch > 0 && hasFile ? "Start buffering " : "Scheduled ") + label);
        if (hasFile) {
            output.info("Read and execute " + label);
        }
    }

    @Override
    public void finished(AppliedMigration migration) {
        String label = label(migration.version(), migration.direction(), migration.title(), migration.hasFile());
        if (output.verbose()) {
            output.info("Finished " + label + " (read " + GoDuration.format(migration.read()) + ", ran "
                    + GoDuration.format(migration.ran()) + ")");
        } else {
            output.info(label + " (" + GoDuration.format(migration.total()) + ")");
        }
    }

    @Override
    public void notice(String message) {
        output.info(message);
    }
}
