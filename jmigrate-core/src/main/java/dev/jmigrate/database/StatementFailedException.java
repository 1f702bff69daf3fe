package dev.jmigrate.database;

/**
 * A migration statement failed on the server. Thrown by drivers; the engine adds the file, version and line
 * and rethrows it as {@link dev.jmigrate.MigrationFailedException}.
 */
public final class StatementFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statementIndex;
    private final transient ServerError error;
    private final boolean timedOut;

    /**
     * @param statementIndex index, in the list the driver was given, of the statement that failed
     * @param error what the server said
     * @param timedOut whether the statement was cancelled because the migration timeout passed
     */
    public StatementFailedException(int statementIndex, ServerError error, boolean timedOut, Throwable cause) {
        super(error.summary(), cause);
        this.statementIndex = statementIndex;
        this.error = error;
        this.timedOut = timedOut;
    }

    /** The index, in the list the driver was given, of the statement that failed. */
    public int statementIndex() {
        return statementIndex;
    }

    /** What the server said. */
    public ServerError error() {
        return error;
    }

    /** Whether the statement was cancelled because the migration timeout passed. */
    public boolean timedOut() {
        return timedOut;
    }
}
