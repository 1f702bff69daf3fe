package dev.jmigrate;

import dev.jmigrate.database.LockReport;
import java.time.Duration;

/**
 * Progress of a {@link Migrator}, for logs and progress lines. Every method does nothing by default; they are
 * called on the thread that runs the operation.
 */
public interface MigrationListener {

    /** The lock is held by another session; called once per wait, after the first failed attempt. */
    default void waitingForLock(LockReport.Session holder) {
    }

    /** A migration is about to be read and run. */
    default void starting(PlannedMigration migration) {
    }

    /** A migration ran and its version is recorded and committed (several may be reported after one commit). */
    default void finished(AppliedMigration migration) {
    }

    /** Something worth telling that is neither progress nor an error (e.g. the history was started). */
    default void notice(String message) {
    }
}
