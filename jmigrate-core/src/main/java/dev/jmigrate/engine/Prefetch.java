package dev.jmigrate.engine;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads and parses the steps of a run ahead of the one running, on a thread of its own, at most {@code depth} steps
 * and {@code characters} characters of SQL ahead (one step however long): while the database works on one migration
 * the next is already in memory (golang-migrate's {@code -prefetch}). A step that cannot be prepared fails when its
 * turn comes, not earlier.
 */
final class Prefetch implements AutoCloseable {
    /** The SQL that may wait ahead in a run, so that a deep read-ahead of large data migrations stays small. */
    static final long CHARACTERS_AHEAD = 4L << 20;

    private final BlockingQueue<Object> ready;
    private final Thread reader;
    private final long characters;
    private long charactersAhead;

    Prefetch(List<Step> steps, Function<Step, StepRunner.Prepared> prepare, int depth, long characters) {
        this.ready = new ArrayBlockingQueue<>(depth);
        this.characters = characters;
        this.reader = new Thread(() -> readAhead(steps, prepare), "jmigrate-prefetch");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next step, prepared; throws what preparing it threw. */
    StepRunner.Prepared next() {
        Object item = take();
        if (item instanceof StepRunner.Prepared prepared) {
            release(prepared.size());
        }
        if (item instanceof RuntimeException e) {
            throw e;
        }
        if (item instanceof Error e) {
            throw e;
        }
        return (StepRunner.Prepared) item;
    }

    /** Stops reading ahead; steps not taken are dropped. */
    @Override
    public void close() {
        reader.interrupt();
    }

    private void readAhead(List<Step> steps, Function<Step, StepRunner.Prepared> prepare) {
        for (Step step : steps) {
            Object item;
            try {
                item = prepare.apply(step);
            } catch (RuntimeException | Error e) {
                item = e;
            }
            try {
                if (item instanceof StepRunner.Prepared prepared) {
                    reserve(prepared.size());
                }
                ready.put(item);
            } catch (InterruptedException e) {
                return;
            }
            if (item instanceof Throwable) {
                return;
            }
        }
    }

    /** Waits until {@code size} more characters fit ahead, or nothing waits ahead, and counts them. */
    private synchronized void reserve(long size) throws InterruptedException {
        while (charactersAhead > 0 && charactersAhead + size > characters) {
            wait();
        }
        charactersAhead += size;
    }

    private synchronized void release(long size) {
        charactersAhead -= size;
        notifyAll();
    }

    private Object take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return ready.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
