package dev.jmigrate.engine;

import dev.jmigrate.AppliedMigration;
import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.MigrationListener;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.StatementFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the steps of one operation so that quick ones share a commit, with the result of one commit per step.
 *
 * <p>Where DDL is transactional, every commit of a step that dropped or rewrote a relation waits for the disk, and
 * a run of small migrations spends most of its time there. So steps join one open transaction until it has been
 * open for the window; then it commits and the listener hears of its steps. A step that fails inside a group
 * rolls the group back: the steps before it run again, each committed on its own, and then the failed step runs
 * alone, so the database ends where one transaction per step would have left it and the error is the one that
 * step gives alone. A step that joins a group may run for one window at most before it is cancelled and run
 * alone in the same way: a slow migration never holds the locks of the quick ones before it. (A driver may hold
 * the statements of joining steps and send several steps' at once; such a batch may run for a window per step,
 * and its failure, wherever it surfaces, is handled the same way.)
 */
final class GroupCommit {
    private final DatabaseDriver driver;
    private final StepRunner runner;
    private final MigrationListener listener;
    private final Duration window;
    private final List<AppliedMigration> committed = new ArrayList<>();
    private final List<Pending> group = new ArrayList<>();
    private long groupStarted;
    private long version;

    /**
     * @param window how long a group stays open to more steps; zero commits every step on its own
     * @param version the version before the first step
     */
    GroupCommit(DatabaseDriver driver, StepRunner runner, MigrationListener listener, Duration window, long version) {
        this.driver = driver;
        this.runner = runner;
        this.listener = listener;
        this.window = window;
        this.version = version;
    }

    /** The version after the last step run, committed or not. */
    long version() {
        return version;
    }

    /** The steps committed so far, in order. */
    List<AppliedMigration> committed() {
        return committed;
    }

    /**
     * Runs one step, in the open group when it can share a transaction, on its own otherwise (after committing the
     * group).
     *
     * @param read how long reading and parsing its file took
     * @throws MigrationFailedException when the step fails; every step before it is committed
     */
    void run(StepRunner.Prepared step, Duration read) {
        if (window.isZero() || !runner.groupable(step)) {
            commit();
            runAlone(step, read);
            return;
        }
        if (group.isEmpty()) {
            groupStarted = System.nanoTime();
        }
        try {
            AppliedMigration done = runner.runInGroup(step, read, version, group.isEmpty() ? null : window);
            group.add(new Pending(step, read, version, done));
            version = step.step().targetVersion();
        } catch (MigrationFailedException e) {
            if (group.isEmpty()) {
                throw e;
            }
            replayAlone();
            runAlone(step, read);
            return;
        } catch (RuntimeException | Error e) {
            group.clear();
            throw e;
        }
        if (System.nanoTime() - groupStarted >= window.toNanos()) {
            commit();
        }
    }

    /**
     * Commits the open group, if any, and tells the listener of its steps. When a statement the driver held back for
     * the commit fails, the group is rolled back and its steps run again alone, which reports the failing one.
     */
    void commit() {
        if (group.isEmpty()) {
            return;
        }
        try {
            driver.commitGroup();
        } catch (StatementFailedException heldStatementFailed) {
            replayAlone();
            return;
        } catch (RuntimeException | Error e) {
            group.clear();
            throw e;
        }
        List<Pending> steps = List.copyOf(group);
        group.clear();
        Duration share = Duration.ofNanos((System.nanoTime() - groupStarted) / steps.size());
        for (Pending p : steps) {
            report(sharing(p.done(), share));
        }
    }

    /**
     * A migration of a committed group, with an equal share of the group's time as its own: the statements of the
     * steps that joined it ran in batches, so no step's own time is known, and the shares add up to the group's.
     */
    private static AppliedMigration sharing(AppliedMigration done, Duration share) {
        return new AppliedMigration(done.version(), done.direction(), done.title(), done.file(), done.read(), share,
                done.execution());
    }

    /**
     * Keeps what the open group did when an operation fails outside a step (a file that cannot be read, for one):
     * those steps succeeded. A failure to commit is added to {@code failure}.
     */
    void settle(Throwable failure) {
        try {
            commit();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void runAlone(StepRunner.Prepared step, Duration read) {
        AppliedMigration done = runner.run(step, read, version);
        version = step.step().targetVersion();
        report(done);
    }

    /** Runs again, each on its own, the steps of a group the driver rolled back. */
    private void replayAlone() {
        List<Pending> steps = List.copyOf(group);
        group.clear();
        version = steps.get(0).versionBefore();
        for (Pending p : steps) {
            runAlone(p.step(), p.read());
        }
    }

    private void report(AppliedMigration done) {
        committed.add(done);
        listener.finished(done);
    }

    /** A step run in the open group, not yet committed. */
    private record Pending(StepRunner.Prepared step, Duration read, long versionBefore, AppliedMigration done) {
    }
}
