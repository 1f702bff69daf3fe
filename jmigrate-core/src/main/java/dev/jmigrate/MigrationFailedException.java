package dev.jmigrate;

import dev.jmigrate.database.ServerError;
import dev.jmigrate.source.Direction;

/**
 * A migration's SQL failed. Carries the version, the file, where in it, and what the server said. When the
 * migration ran in a transaction ({@link #transactional()}) the database is exactly as before and not dirty;
 * otherwise {@link #statementsApplied()} statements stayed applied and the version is marked dirty.
 */
public final class MigrationFailedException extends MigrateException {
    private static final long serialVersionUID = 1L;

    private final long version;
    private final Direction direction;
    private final String file;
    private final int line;
    private final int column;
    private final String statement;
    private final transient ServerError serverError;
    private final boolean transactional;
    private final int statementsApplied;
    private final int statementsTotal;
    private final boolean timedOut;
    private final long versionBefore;
    private final long versionAfter;

    MigrationFailedException(String message, Failure f, Throwable cause) {
        super(ErrorCode.MIGRATION_FAILED, message, cause);
        this.version = f.version();
        this.direction = f.direction();
        this.file = f.file();
        this.line = f.line();
        this.column = f.column();
        this.statement = f.statement();
        this.serverError = f.serverError();
        this.transactional = f.transactional();
        this.statementsApplied = f.statementsApplied();
        this.statementsTotal = f.statementsTotal();
        this.timedOut = f.timedOut();
        this.versionBefore = f.versionBefore();
        this.versionAfter = f.versionAfter();
    }

    /** Builds the exception and its message from the facts of a failure. */
    public static MigrationFailedException of(Failure failure, Throwable cause) {
        return new MigrationFailedException(FailureMessage.render(failure), failure, cause);
    }

    /** The version of the migration that failed. */
    public long version() {
        return version;
    }

    /** Whether the failing file was the up or the down migration. */
    public Direction direction() {
        return direction;
    }

    /** The path of the file that failed. */
    public String file() {
        return file;
    }

    /** The 1-based line in the file where the error is, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column in the file where the error is, 0 when unknown. */
    public int column() {
        return column;
    }

    /** The failing statement (only that one, cut to a readable length). */
    public String statement() {
        return statement;
    }

    /** What the server said: message, detail, hint, SQLSTATE. */
    public ServerError serverError() {
        return serverError;
    }

    /** The SQLSTATE, or null. */
    public String sqlState() {
        return serverError == null ? null : serverError.sqlState();
    }

    /** Whether the migration ran in a transaction that was rolled back (the database is unchanged, not dirty). */
    public boolean transactional() {
        return transactional;
    }

    /** Statements of the file that completed before the failure (they stay applied when not transactional). */
    public int statementsApplied() {
        return statementsApplied;
    }

    /** Statements in the file. */
    public int statementsTotal() {
        return statementsTotal;
    }

    /** Whether the migration was cancelled because it ran longer than the migration timeout. */
    public boolean timedOut() {
        return timedOut;
    }

    /** The version the database was at before the migration started. */
    public long versionBefore() {
        return versionBefore;
    }

    /**
     * The version the database is at now: {@link #versionBefore()} when the migration ran in a transaction,
     * else the migration's target, marked dirty.
     */
    public long versionAfter() {
        return versionAfter;
    }

    /**
     * The facts of a failure.
     *
     * @param version the migration's version
     * @param direction up or down
     * @param file the file's path
     * @param line 1-based line of the error in the file, 0 when unknown
     * @param column 1-based column, 0 when unknown
     * @param statement the failing statement, cut to a readable length
     * @param statementIndex 0-based index of the failing statement
     * @param serverError what the server said
     * @param transactional whether it ran in a rolled-back transaction
     * @param statementsApplied statements completed before the failure
     * @param statementsTotal statements in the file
     * @param timedOut whether the migration timeout cancelled it
     * @param timeout the migration timeout, for the message, or null
     * @param versionAfter the version the database is at now (dirty unless transactional)
     * @param versionBefore the version the database was at before the migration started
     */
    public record Failure(long version, Direction direction, String file, int line, int column, String statement,
                          int statementIndex, ServerError serverError, boolean transactional, int statementsApplied,
                          int statementsTotal, boolean timedOut, java.time.Duration timeout, long versionAfter,
                          long versionBefore) {
    }
}
