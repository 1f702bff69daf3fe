package dev.jmigrate.database;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the history table that jmigrate keeps beside golang-migrate's version table.
 *
 * @param version the migration's version (for {@code force} and {@code baseline}: the version set)
 * @param title the migration's title, empty when unknown
 * @param kind {@link Kind#UP}, {@link Kind#DOWN}, or an event that set the version directly
 * @param schemaVersion the version in the version table after this event, {@code -1} for none
 * @param checksum the checksum of the file that ran ({@link dev.jmigrate.source.Checksum}), or null
 * @param execution how it ran: {@code transaction}, {@code statements} or {@code none} (nil migration, events)
 * @param startedAt when it started
 * @param duration how long it ran
 * @param appliedBy the database user; null when writing, the driver records the session's user
 * @param clientHost the host the tool ran on
 * @param toolVersion the jmigrate version
 * @param success false for a migration that failed outside a transaction and left the database dirty
 * @param statementsApplied statements that completed
 * @param statementsTotal statements in the file
 * @param error the failure, for unsuccessful rows; null otherwise
 */
public record HistoryRecord(
        long version,
        String title,
        Kind kind,
        long schemaVersion,
        String checksum,
        String execution,
        Instant startedAt,
        Duration duration,
        String appliedBy,
        String clientHost,
        String toolVersion,
        boolean success,
        int statementsApplied,
        int statementsTotal,
        String error) {

    /**
     * A row with only what tells which versions are applied; its texts are empty or null, its times zero.
     */
    public static HistoryRecord outline(long version, Kind kind, long schemaVersion, boolean success) {
        return new HistoryRecord(version, "", kind, schemaVersion, null, null, Instant.EPOCH, Duration.ZERO, null, null,
                null, success, 0, 0, null);
    }

    /** What a history row records. */
    public enum Kind {
        /** An up migration ran. */
        UP,
        /** A down migration ran. */
        DOWN,
        /** {@code force V} set the version without running anything. */
        FORCE,
        /** The version table was found at a version the history did not explain (another tool moved it). */
        BASELINE;

        /** The lower-case word stored in the table. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Reads a stored word. */
        public static Kind of(String word) {
            return switch (word) {
                case "up" -> UP;
                case "down" -> DOWN;
                case "force" -> FORCE;
                case "baseline" -> BASELINE;
                default -> valueOf(word.toUpperCase(java.util.Locale.ROOT));
            };
        }
    }
}
