package dev.jmigrate.database.jdbc;

import dev.jmigrate.database.DatabaseException;
import dev.jmigrate.database.ServerError;
import dev.jmigrate.database.StatementFailedException;
import dev.jmigrate.sql.SqlStatement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One JDBC connection as the drivers use it: transactions that roll back on any failure and report it in the
 * database's own words, and migration statements run under a deadline. Shared so that every driver commits,
 * rolls back and cancels the same way.
 */
public final class JdbcSession implements AutoCloseable {
    private final Connection connection;
    private final Function<SQLException, ServerError> errors;
    private final Duration statementTimeout;
    private boolean open;
    private boolean wrote;

    /**
     * @param errors reads the server's fields out of the driver's exceptions
     * @param statementTimeout the longest one migration statement may run ({@code x-statement-timeout}), or null
     */
    public JdbcSession(Connection connection, Function<SQLException, ServerError> errors, Duration statementTimeout) {
        this.connection = connection;
        this.errors = errors;
        this.statementTimeout = statementTimeout == null || statementTimeout.isZero() ? null : statementTimeout;
    }

    /**
     * Runs work in one transaction and commits it; on any failure rolls it back. A transaction left open by
     * {@link #inOpenTransaction} is joined and committed with it.
     *
     * @throws DatabaseException naming {@code what} when the work fails with an {@link SQLException}
     */
    public void inTransaction(String what, SqlWork work) {
        inOpenTransaction(what, work);
        commitOpen(what);
    }

    /**
     * Runs work in the open transaction, beginning one when none is, and leaves it open for more work or
     * {@link #commitOpen}. On any failure the whole transaction is rolled back, earlier work in it included.
     *
     * @throws DatabaseException naming {@code what} when the work fails with an {@link SQLException}
     */
    public void inOpenTransaction(String what, SqlWork work) {
        wrote = true;
        try {
            if (!open) {
                connection.setAutoCommit(false);
                open = true;
            }
            work.run();
        } catch (SQLException e) {
            throw rolledBack(failed(what, e));
        } catch (RuntimeException e) {
            throw rolledBack(e);
        }
    }

    /** Commits the transaction {@link #inOpenTransaction} left open; does nothing when none is. */
    public void commitOpen(String what) {
        if (!open) {
            return;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw rolledBack(failed(what, e));
        }
        open = false;
        autoCommit();
    }

    private RuntimeException rolledBack(RuntimeException failure) {
        open = false;
        rollbackQuietly();
        return withAutoCommitRestored(failure);
    }

    /** Restores autocommit after a failure; failing to, it keeps the first failure and adds its own to it. */
    private RuntimeException withAutoCommitRestored(RuntimeException failure) {
        try {
            autoCommit();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /**
     * Runs migration statements and then {@code record} in one transaction.
     *
     * @throws StatementFailedException when a statement fails; nothing of the transaction remains
     */
    public void apply(String what, List<SqlStatement> statements, Instant deadline, SqlWork record) {
        applyOpen(what, statements, deadline, record);
        commitOpen(what);
    }

    /**
     * Runs migration statements and then {@code record} in the open transaction (see {@link #inOpenTransaction}),
     * leaving it open.
     *
     * @throws StatementFailedException when a statement fails; nothing of the transaction remains
     */
    public void applyOpen(String what, List<SqlStatement> statements, Instant deadline, SqlWork record) {
        inOpenTransaction(what, () -> {
            for (int i = 0; i < statements.size(); i++) {
                execute(i, statements.get(i), deadline);
            }
            record.run();
        });
    }

    /**
     * Like {@link #applyOpen} with nothing to record, but sends the statements to the server together, as one JDBC
     * batch: one round trip for all of them, where {@link #applyOpen} waits for each. The server runs them one after
     * another and stops at the first that fails, as it would alone; the statement timeout then bounds the batch as a
     * whole. Which statement failed is not known, so the failure names the first: this is for work the caller runs
     * again statement by statement when it fails.
     *
     * @throws StatementFailedException when a statement fails, with index 0; nothing of the transaction remains
     */
    public void applyOpenTogether(String what, List<SqlStatement> statements, Instant deadline) {
        if (statements.size() < 2) {
            applyOpen(what, statements, deadline, () -> { });
            return;
        }
        inOpenTransaction(what, () -> executeTogether(statements, deadline));
    }

    private void executeTogether(List<SqlStatement> statements, Instant deadline) {
        runGuarded(0, deadline, s -> {
            for (SqlStatement statement : statements) {
                s.addBatch(statement.text());
            }
            s.executeBatch();
        });
    }

    /** The server's own error behind a failed batch, which the batch's exception only summarises. */
    private static SQLException serverCause(SQLException e) {
        return e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
    }

    /**
     * Runs one migration statement, cancelling it at the earlier of {@code deadline} and the statement timeout;
     * every result it returns is read and discarded.
     *
     * @param index the statement's index, reported with a failure
     * @throws StatementFailedException when it fails or is cancelled
     */
    public void execute(int index, SqlStatement statement, Instant deadline) {
        wrote = true;
        runGuarded(index, deadline, s -> {
            boolean results = s.execute(statement.text());
            while (results || s.getUpdateCount() != -1) {
                results = s.getMoreResults();
            }
        });
    }

    /**
     * Does migration work on a statement of its own, with escape processing off, cancelled at the earlier of
     * {@code deadline} and the statement timeout.
     *
     * @throws StatementFailedException naming {@code index} when the work fails or is cancelled
     */
    private void runGuarded(int index, Instant deadline, StatementWork work) {
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(false);
            try (StatementWatchdog.Guard guard = StatementWatchdog.arm(s, earliest(deadline))) {
                try {
                    work.run(s);
                } catch (SQLException e) {
                    throw new StatementFailedException(index, errors.apply(serverCause(e)), guard.fired(), e);
                }
            }
        } catch (SQLException e) {
            throw new StatementFailedException(index, ServerError.from(e), false, e);
        }
    }

    /** Work on a migration statement that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface StatementWork {
        void run(Statement statement) throws SQLException;
    }

    /**
     * Whether a transaction or a migration statement ran through this session since {@link #forgetWrites()} (or since
     * it opened): a driver that commits asynchronously has something to flush only then.
     */
    public boolean wrote() {
        return wrote;
    }

    /** Starts {@link #wrote()} afresh. */
    public void forgetWrites() {
        wrote = false;
    }

    /** A {@link DatabaseException} for a failure of the tool's own SQL, with the server's fields. */
    public DatabaseException failed(String what, SQLException e) {
        return new DatabaseException(what, errors.apply(e), e);
    }

    /** Closes the connection; a failure to close is ignored, there is nothing left to release. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is already gone
        }
    }

    private Instant earliest(Instant deadline) {
        if (statementTimeout == null) {
            return deadline;
        }
        Instant own = Instant.now().plus(statementTimeout);
        return deadline == null || own.isBefore(deadline) ? own : deadline;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is broken; the server rolls the transaction back when the session ends
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failed("restoring autocommit", e);
        }
    }

    /** JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork {
        void run() throws SQLException;
    }
}
