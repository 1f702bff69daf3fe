package dev.jmigrate;

import dev.jmigrate.database.VersionState;
import java.util.List;

/**
 * What an operation did.
 *
 * @param from the version before
 * @param to the version after
 * @param applied the migrations that ran, in order
 * @param stopped whether a stop request ended the run before every planned migration ran
 */
public record MigrationResult(VersionState from, VersionState to, List<AppliedMigration> applied, boolean stopped) {
    public MigrationResult {
        applied = List.copyOf(applied);
    }

    /** golang-migrate's {@code no change}: nothing needed to run. A normal outcome, not an error. */
    public boolean isNoChange() {
        return applied.isEmpty() && !stopped;
    }
}
