package dev.jmigrate.database.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a running JDBC statement when a deadline passes, so that a migration timeout stops the server
 * work instead of merely giving up waiting. One daemon thread serves every guard; it starts on first use.
 */
public final class StatementWatchdog {
    private static volatile ScheduledThreadPoolExecutor timer;

    private StatementWatchdog() {
    }

    /**
     * Arms a guard for a statement about to run.
     *
     * @param deadline when to cancel; null arms nothing
     */
    public static Guard arm(Statement statement, Instant deadline) {
        if (deadline == null) {
            return new Guard(null);
        }
        Guard guard = new Guard(statement);
        long delay = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        guard.task = timer().schedule(guard::fire, delay, TimeUnit.MILLISECONDS);
        return guard;
    }

    /** How many guards wait for their deadline. */
    static int armed() {
        ScheduledThreadPoolExecutor t = timer;
        return t == null ? 0 : t.getQueue().size();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = timer;
        if (t == null) {
            synchronized (StatementWatchdog.class) {
                if (timer == null) {
                    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread thread = new Thread(r, "jmigrate-statement-watchdog");
                        thread.setDaemon(true);
                        return thread;
                    });
                    executor.setRemoveOnCancelPolicy(true);
                    timer = executor;
                }
                t = timer;
            }
        }
        return t;
    }

    /** Disarms on close; tells whether it cancelled the statement. */
    public static final class Guard implements AutoCloseable {
        private final Statement statement;
        private volatile boolean fired;
        private boolean closed;
        private ScheduledFuture<?> task;

        private Guard(Statement statement) {
            this.statement = statement;
        }

        /** Whether the deadline passed and the statement was cancelled. */
        public boolean fired() {
            return fired;
        }

        /** Cancels the statement unless it is over: a late cancel would hit the next statement of the connection. */
        private synchronized void fire() {
            if (closed) {
                return;
            }
            fired = true;
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the connection closed between the deadline and the cancel
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (task != null) {
                task.cancel(false);
            }
        }
    }
}
