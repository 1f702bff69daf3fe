package dev.jmigrate.database.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Cancels a running JDBC statement when a deadline passes, so that a migration timeout stops the server
 * work instead of merely giving up waiting. One daemon thread serves every guard; it starts on first use.
 *
 * <p>A run arms a guard for every statement, and most close long before their deadline. The thread therefore
 * sleeps until the earliest deadline it knew of when it went to sleep, and is woken early only by a guard due
 * before that: guards armed one after another with deadlines that only move later (a group of steps sharing a
 * commit, or a run under one migration timeout) cost no thread switch each, where a timer task per statement
 * woke the timer thread once per statement.
 */
public final class StatementWatchdog {
    private static final Object LOCK = new Object();
    private static final PriorityQueue<Guard> PENDING = new PriorityQueue<>((a, b) -> Long.compare(a.due - b.due, 0));
    private static Thread thread;
    /** Whether the thread waits for a guard to be armed, with no deadline to wake it. */
    private static boolean idle;
    /** When the thread is not idle, the {@link System#nanoTime()} it sleeps until. */
    private static long sleepingUntil;

    private StatementWatchdog() {
    }

    /**
     * Arms a guard for a statement about to run.
     *
     * @param deadline when to cancel; null arms nothing
     */
    public static Guard arm(Statement statement, Instant deadline) {
        if (deadline == null) {
            return new Guard(null, false, 0);
        }
        long delay = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
        Guard guard = new Guard(statement, true, System.nanoTime() + delay);
        synchronized (LOCK) {
            PENDING.add(guard);
            if (thread == null) {
                start();
            } else if (idle || guard.due - sleepingUntil < 0) {
                LOCK.notifyAll();
            }
        }
        return guard;
    }

    /** How many guards wait for their deadline. */
    static int armed() {
        synchronized (LOCK) {
            return PENDING.size();
        }
    }

    private static void start() {
        idle = true;
        thread = new Thread(StatementWatchdog::watch, "jmigrate-statement-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private static void watch() {
        while (true) {
            for (Guard due : takeDue()) {
                due.fire();
            }
        }
    }

    /** Waits until at least one guard is due, then removes and returns the due ones. */
    private static List<Guard> takeDue() {
        synchronized (LOCK) {
            while (true) {
                long now = System.nanoTime();
                List<Guard> due = new ArrayList<>();
                while (!PENDING.isEmpty() && PENDING.peek().due - now <= 0) {
                    due.add(PENDING.poll());
                }
                if (!due.isEmpty()) {
                    return due;
                }
                Guard next = PENDING.peek();
                idle = next == null;
                sleepingUntil = idle ? 0 : next.due;
                waitUntil(idle ? 0 : Math.max(1, next.due - now));
            }
        }
    }

    /**
     * Waits on the lock for {@code nanos}, or until notified when {@code nanos} is 0. Nothing interrupts this private
     * thread on purpose, and it must outlive anything that does: the loop simply looks at the guards again.
     */
    private static void waitUntil(long nanos) {
        try {
            LOCK.wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException ignored) {
            // see above
        }
    }

    /** Disarms on close; tells whether it cancelled the statement. */
    public static final class Guard implements AutoCloseable {
        private final Statement statement;
        private final boolean armed;
        private final long due;
        private volatile boolean fired;
        private boolean closed;

        private Guard(Statement statement, boolean armed, long due) {
            this.statement = statement;
            this.armed = armed;
            this.due = due;
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
            if (armed) {
                synchronized (LOCK) {
                    PENDING.remove(this);
                }
            }
        }
    }
}
