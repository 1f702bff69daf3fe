package dev.jmigrate.database;

import java.time.Duration;
import java.util.List;

/**
 * Who holds the migration lock, and which database sessions wait for locks of any kind (the
 * troubleshooting view for "migration is stuck").
 *
 * @param holder the session holding the migration lock, or null when it is free or unknown
 * @param waiting sessions waiting for a lock, longest first
 */
public record LockReport(Session holder, List<Session> waiting) {

    /** A report with nothing to show. */
    public static LockReport empty() {
        return new LockReport(null, List.of());
    }

    /**
     * A database session.
     *
     * @param id the server's session id (PostgreSQL pid, MySQL connection id)
     * @param user the database user
     * @param application the client's application name, may be empty
     * @param client the client address, may be empty
     * @param state what the session is doing (e.g. {@code active}, {@code idle in transaction})
     * @param waitingFor the lock it waits for, empty for the holder
     * @param blockedBy ids of the sessions that block it
     * @param age how long it has held the lock or waited (where the database cannot tell when the lock was
     *     taken: how long the holder has been connected), or null
     * @param query the current or last query, shortened
     */
    public record Session(String id, String user, String application, String client, String state,
                          String waitingFor, List<String> blockedBy, Duration age, String query) {
    }
}
