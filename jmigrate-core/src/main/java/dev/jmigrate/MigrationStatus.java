package dev.jmigrate;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of {@code status}.
 *
 * @param version the version
 * @param title the title (from the folder, or from the history when the files are gone)
 * @param state the state
 * @param appliedAt when it was last applied, or null (pending, or applied before the history began)
 * @param duration how long that took, or null
 * @param appliedBy the database user who applied it, or null
 */
public record MigrationStatus(long version, String title, MigrationState state, Instant appliedAt, Duration duration,
                              String appliedBy) {
}
