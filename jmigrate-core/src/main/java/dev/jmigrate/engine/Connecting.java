package dev.jmigrate.engine;

import dev.jmigrate.database.DatabaseDriver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A database connection being opened, and its first work done with it, on a thread of their own. The connector may
 * also hand over a driver already open, for work on it while the caller does something else and leaves the driver
 * alone. One that is abandoned is closed as soon as the work is over, which releases a lock the work took.
 *
 * @param <T> what the first work returns
 */
final class Connecting<T> implements Runnable {
    private final Supplier<DatabaseDriver> connector;
    private final Function<DatabaseDriver, T> first;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile DatabaseDriver opened;
    private boolean finished;
    private boolean abandoned;

    private Connecting(Supplier<DatabaseDriver> connector, Function<DatabaseDriver, T> first) {
        this.connector = connector;
        this.first = first;
    }

    /** Starts opening the connection and doing {@code first} with it on a daemon thread. */
    static <T> Connecting<T> start(Supplier<DatabaseDriver> connector, Function<DatabaseDriver, T> first) {
        Connecting<T> connecting = new Connecting<>(connector, first);
        Thread thread = new Thread(connecting, "jmigrate-connect");
        thread.setDaemon(true);
        thread.start();
        return connecting;
    }

    @Override
    public void run() {
        try {
            opened = connector.get();
            result.complete(first.apply(opened));
        } catch (Throwable t) {
            result.completeExceptionally(t);
        } finally {
            synchronized (this) {
                finished = true;
                if (abandoned) {
                    closeOpened();
                }
            }
        }
    }

    /** What the first work returned, waiting for it; throws what opening or the work threw. */
    T result() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("connecting failed", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether opening and the first work are over, with a result or a failure. */
    boolean isDone() {
        return result.isDone();
    }

    /** The driver, once opened (after {@link #result()} returned or threw); null when opening failed. */
    DatabaseDriver opened() {
        return opened;
    }

    /** Gives the connection up: it is closed now, or as soon as the first work is over. */
    synchronized void abandon() {
        abandoned = true;
        if (finished) {
            closeOpened();
        }
    }

    private void closeOpened() {
        if (opened != null) {
            try {
                opened.close();
            } catch (RuntimeException e) {
                // closing failed: the session ends with the process
            }
        }
    }
}
