package dev.jmigrate.database;

import dev.jmigrate.sql.ScriptParser;
import dev.jmigrate.sql.SqlStatement;
import java.time.Instant;
import java.util.List;

/**
 * One connection to one database, speaking golang-migrate's protocol: a version table with at most one
 * row, an exclusive migration lock, and statements run on the same session. The engine decides what to
 * run and in which order; a driver only knows how.
 *
 * <p>Every driver passes the contract suite in the test sources ({@code DriverContract}). Drivers are not
 * thread-safe: one engine uses one driver at a time. {@link #close()} releases the lock if held.
 */
public interface DatabaseDriver extends AutoCloseable {

    /** The database and server for messages, e.g. {@code PostgreSQL 15.4, database lumigo on localhost:5432}; no password. */
    String describe();

    /** The parser that splits and classifies this database's migration files. */
    ScriptParser scriptParser();

    /** Whether files may be wrapped in a transaction at all (false when the URL turns wrapping off). */
    boolean wrapsInTransaction();

    /** The name of the version table, e.g. {@code schema_migrations}. */
    String migrationsTable();

    /** The name of the history table, derived from the version table's. */
    String historyTable();

    /**
     * Tries once to take the migration lock without waiting; the engine polls this until its timeout.
     *
     * @return true when this driver now holds the lock
     * @throws IllegalStateException when this driver already holds it
     */
    boolean tryLock();

    /** Releases the lock taken by {@link #tryLock()}; does nothing when not held. */
    void unlock();

    /** Who holds the migration lock and which sessions wait for locks; empty when the database cannot tell. */
    LockReport lockReport();

    /** Creates the version table and the history table when missing. Called with the lock held. */
    void prepare();

    /** The version table's content; {@link VersionState#none()} when the table is empty or missing. */
    VersionState version();

    /** Replaces the version table's content in its own transaction; {@code -1} clean empties it. */
    void setVersion(long version, boolean dirty);

    /**
     * Runs statements, then sets the version and appends a history row, all in one transaction. On failure
     * nothing of it remains.
     *
     * @param deadline when to cancel the running statement, or null for no limit
     * @throws StatementFailedException when a statement fails (the transaction is rolled back)
     */
    void applyInTransaction(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline);

    /**
     * Whether one transaction may hold several steps ({@link #applyInGroup}): true only where DDL is transactional,
     * so that rolling the transaction back undoes every step in it. False by default.
     */
    default boolean groupsSteps() {
        return false;
    }

    /**
     * Does what {@link #applyInTransaction} does, in the transaction an earlier call left open (beginning one when
     * none is), and leaves it open for the next step or {@link #commitGroup()}. On failure the whole transaction is
     * rolled back, the earlier steps in it included. Called only when {@link #groupsSteps()} is true.
     *
     * <p>The statements of a step that joins others may be held and sent with a later step's or by
     * {@link #commitGroup()}, so a failure may surface in a later call than the failing step's; its statement index
     * then says nothing. The first step of a group runs before this returns.
     *
     * @throws StatementFailedException when a statement fails
     * @throws UnsupportedOperationException by default
     */
    default void applyInGroup(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline) {
        throw new UnsupportedOperationException(describe() + " cannot hold several steps in one transaction");
    }

    /**
     * Commits the transaction {@link #applyInGroup} left open; does nothing when none is.
     *
     * @throws StatementFailedException when a statement held by {@link #applyInGroup} fails; the group is rolled back
     */
    default void commitGroup() {
    }

    /**
     * Runs one statement outside any transaction the driver manages (the statement may itself begin or end
     * one).
     *
     * @param deadline when to cancel it, or null for no limit
     * @throws StatementFailedException when it fails; its index is 0
     */
    void execute(SqlStatement statement, Instant deadline);

    /** Sets the version (unless {@code state} is null) and appends a history row, in one transaction. */
    void record(VersionState state, HistoryRecord record);

    /** The history rows, oldest first; empty when the history table does not exist. */
    List<HistoryRecord> history();

    /**
     * The history rows, oldest first, with only their version, kind, schema version and success
     * ({@link HistoryRecord#outline}): enough to tell which versions are applied, and cheaper than {@link #history()}
     * to read when the history is long. By default the whole rows.
     */
    default List<HistoryRecord> historyOutline() {
        return history();
    }

    /**
     * Makes every commit so far durable, for drivers that commit asynchronously during a run; called before
     * an operation reports success. Does nothing by default.
     */
    default void flush() {
    }

    /** Removes every object the driver can find in the current schema (database, for MySQL and SQLite). */
    void drop();

    /** Releases the lock if held and closes the connection (and any server the driver started). */
    @Override
    void close();
}
