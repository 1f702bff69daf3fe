package dev.jmigrate;

/** What kind of failure a {@link MigrateException} reports; stable for programs that branch on it. */
public enum ErrorCode {
    /** The migrations folder or class-path location is missing, unreadable or holds duplicate versions. */
    SOURCE,
    /** The database URL cannot be understood, or names an unsupported database. */
    DATABASE_URL,
    /** The database server could not be reached or refused the connection. */
    CONNECTION,
    /** Another process held the migration lock for longer than the lock timeout. */
    LOCK_TIMEOUT,
    /** A previous migration failed partway and left the database dirty. */
    DIRTY,
    /** A version named by the database or by the caller is not in the source, or there is none to move to. */
    NO_SUCH_MIGRATION,
    /** A migration's SQL failed; the database is as before unless the migration ran outside a transaction. */
    MIGRATION_FAILED,
    /** Fewer migrations than requested were available; those available were applied. */
    SHORT_LIMIT,
    /** The folder and the database history disagree (edited, missing or out-of-order migrations). */
    VALIDATION,
    /** A caller passed a value the operation rejects. */
    INVALID_ARGUMENT,
    /** The database failed while reading or writing the migration tables. */
    DATABASE,
    /** The thread was interrupted while waiting. */
    INTERRUPTED
}
