package dev.jmigrate;

import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.VersionState;
import java.util.List;

/**
 * Every migration in the folder and in the history, with its state, plus the current version and who holds
 * the migration lock.
 *
 * @param current the version table's content
 * @param migrations one entry per version, ascending
 * @param lock who holds the lock and who waits for locks
 */
public record Status(VersionState current, List<MigrationStatus> migrations, LockReport lock) {
    public Status {
        migrations = List.copyOf(migrations);
    }

    /** Whether {@code up} has anything to apply. */
    public boolean hasPending() {
        return migrations.stream().anyMatch(m -> m.state() == MigrationState.PENDING);
    }

    /** Whether anything needs attention: dirty, modified, missing or out-of-order migrations. */
    public boolean hasProblems() {
        return current.dirty() || migrations.stream().anyMatch(m -> m.state() != MigrationState.APPLIED && m.state() != MigrationState.PENDING);
    }
}
