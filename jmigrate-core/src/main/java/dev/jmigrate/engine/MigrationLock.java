package dev.jmigrate.engine;

import dev.jmigrate.InterruptedMigrationException;
import dev.jmigrate.LockTimeoutException;
import dev.jmigrate.MigrationListener;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.LockReport;
import java.time.Duration;

/**
 * Takes the migration lock by polling the driver's non-blocking attempt, so that every wait is bounded by
 * the lock timeout and a waiting instance holds no transaction open (which would make another session's
 * {@code CREATE INDEX CONCURRENTLY} wait for it).
 */
final class MigrationLock {
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    private MigrationLock() {
    }

    static void acquire(DatabaseDriver driver, Duration timeout, MigrationListener listener) {
        long deadline = System.nanoTime() + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
        long pause = FIRST_PAUSE_MILLIS;
        boolean told = false;
        while (!driver.tryLock()) {
            if (!told) {
                listener.waitingForLock(holder(driver));
                told = true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw timedOut(driver, timeout);
            }
            sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private static LockReport.Session holder(DatabaseDriver driver) {
        try {
            return driver.lockReport().holder();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LockTimeoutException timedOut(DatabaseDriver driver, Duration timeout) {
        LockReport.Session holder = holder(driver);
        String who = holder == null ? "" : " It is held by " + describe(holder) + ".";
        return new LockTimeoutException("timeout: can't acquire database lock: another migration held it for more than "
                + timeout.toSeconds() + "s." + who + " Run `migrate locks` to see who holds it and what waits,"
                + " or give a longer -lock-timeout.");
    }

    /** A session for people: {@code session 1234 (jmigrate, user postgres, from 10.0.0.5, for 42s)}. */
    static String describe(LockReport.Session s) {
        StringBuilder out = new StringBuilder("session " + s.id() + " (");
        if (s.application() != null && !s.application().isEmpty()) {
            out.append(s.application()).append(", ");
        }
        out.append("user ").append(s.user());
        if (s.client() != null && !s.client().isEmpty()) {
            out.append(", from ").append(s.client());
        }
        if (s.age() != null) {
            out.append(", for ").append(s.age().toSeconds()).append('s');
        }
        return out.append(')').toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedMigrationException("interrupted while waiting for the migration lock", e);
        }
    }
}
