package dev.jmigrate.engine;

import dev.jmigrate.InvalidArgumentException;
import dev.jmigrate.MigrationListener;
import dev.jmigrate.MigrationPlan;
import dev.jmigrate.MigrationResult;
import dev.jmigrate.NoSuchMigrationException;
import dev.jmigrate.PlannedMigration;
import dev.jmigrate.Problem;
import dev.jmigrate.ShortLimitException;
import dev.jmigrate.Status;
import dev.jmigrate.ValidationException;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.Checksum;
import dev.jmigrate.source.MigrationSource;
import dev.jmigrate.source.Migrations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs golang-migrate's operations over one source and one database: the lock around every change, the
 * dirty check, the history, validation of the folder against it, and the steps. Not thread-safe, except
 * {@link #requestStop()}.
 */
public final class Engine implements AutoCloseable {
    private final MigrationSource source;
    private final Supplier<DatabaseDriver> connector;
    private final EngineSettings settings;
    private final MigrationListener listener;
    private DatabaseDriver driver;
    private Connecting<Snapshot> connecting;
    private volatile boolean stopRequested;

    /**
     * @param connector opens the database driver on first use (commands that need no database never call it)
     */
    public Engine(MigrationSource source, Supplier<DatabaseDriver> connector, EngineSettings settings, MigrationListener listener) {
        this.source = source;
        this.connector = connector;
        this.settings = settings;
        this.listener = listener;
    }

    /** Stops after the running migration; later operations do nothing (golang-migrate's graceful stop). */
    public void requestStop() {
        stopRequested = true;
    }

    /** Applies or reverts migrations as the request says. */
    public MigrationResult run(Request request) {
        if (stopRequested || (request.kind() == Request.Kind.STEPS && request.amount() == 0)) {
            VersionState state = driver().version();
            return new MigrationResult(state, state, List.of(), stopRequested);
        }
        Loaded loaded = loadWhileConnecting(this::lockAndRead, false);
        Migrations migrations = loaded.migrations();
        Snapshot snapshot = loaded.snapshot();
        Throwable failure = null;
        try {
            return execute(driver, migrations, request, snapshot);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            release(driver, failure);
        }
    }

    /** What {@link #run} would do, with each migration's statements and transaction mode; changes nothing. */
    public MigrationPlan plan(Request request) {
        Loaded loaded = loadWhileConnecting(Engine::read, false);
        Migrations migrations = loaded.migrations();
        Snapshot snapshot = loaded.snapshot();
        DatabaseDriver d = driver;
        VersionState state = snapshot.state();
        if (request.kind() == Request.Kind.STEPS && request.amount() == 0) {
            return new MigrationPlan(state, List.of(), 0);
        }
        Planner.Plan plan = checkedPlan(migrations, state, request, snapshot.history(), snapshot::history);
        StepRunner runner = new StepRunner(d, source, settings);
        List<PlannedMigration> planned = new ArrayList<>();
        for (Step step : plan.steps()) {
            planned.add(runner.prepare(step).describe(d, source));
        }
        return new MigrationPlan(state, planned, plan.shortBy());
    }

    /** Sets the version without running anything, clearing the dirty flag; {@code -1} means no version. */
    public void force(long version) {
        if (version < -1) {
            throw new InvalidArgumentException("version must be >= -1");
        }
        locked(d -> {
            d.prepare();
            d.record(VersionState.clean(version), event(HistoryRecord.Kind.FORCE, version));
            return null;
        });
    }

    /** Drops every object of the schema (golang-migrate: every table), the version table included. */
    public void drop() {
        locked(d -> {
            d.drop();
            return null;
        });
    }

    /** The version table's content; reads only, takes no lock, creates nothing. */
    public VersionState version() {
        return driver().version();
    }

    /** Every migration of the folder and the history with its state, and who holds the lock. Reads only. */
    public Status status() {
        Loaded loaded = loadWhileConnecting(d -> new Snapshot(d.version(), d.history(), lockReport(d)), true);
        Snapshot snapshot = loaded.snapshot();
        Inspector inspector = new Inspector(loaded.migrations(), snapshot.state(), snapshot.history(), loaded.checksums());
        return new Status(snapshot.state(), inspector.statuses(), snapshot.lock());
    }

    /** Edited, missing and out-of-order migrations. Reads only. */
    public List<Problem> validate() {
        Loaded loaded = loadWhileConnecting(Engine::read, true);
        Snapshot snapshot = loaded.snapshot();
        return new Inspector(loaded.migrations(), snapshot.state(), snapshot.history(), loaded.checksums()).problems();
    }

    /** Who holds the migration lock and which sessions wait for locks. */
    public LockReport locks() {
        return driver().lockReport();
    }

    @Override
    public void close() {
        abandonConnecting();
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }

    private MigrationResult execute(DatabaseDriver d, Migrations migrations, Request request, Snapshot snapshot) {
        VersionState state = snapshot.state();
        List<HistoryRecord> history = snapshot.history();
        Planner.Plan plan = checkedPlan(migrations, state, request, history, new WholeHistory(d));
        adoptVersion(d, state, history);
        StepRunner runner = new StepRunner(d, source, settings);
        GroupCommit steps = new GroupCommit(d, runner, listener, settings.groupCommit(), state.version());
        try (Prefetch ahead = settings.prefetch() > 0 && plan.steps().size() > 1
                ? new Prefetch(plan.steps(), runner::prepare, settings.prefetch(), Prefetch.CHARACTERS_AHEAD) : null) {
            for (Step step : plan.steps()) {
                if (stopRequested) {
                    steps.commit();
                    return new MigrationResult(state, VersionState.clean(steps.version()), steps.committed(), true);
                }
                listener.starting(new StepRunner.Prepared(step, null, null).describe(d, source));
                long t0 = System.nanoTime();
                StepRunner.Prepared prepared = ahead == null ? runner.prepare(step) : ahead.next();
                steps.run(prepared, Duration.ofNanos(System.nanoTime() - t0));
            }
            steps.commit();
        } catch (RuntimeException | Error e) {
            steps.settle(e);
            throw e;
        }
        MigrationResult result = new MigrationResult(state, VersionState.clean(steps.version()), steps.committed(), false);
        if (plan.shortBy() > 0) {
            throw new ShortLimitException(plan.shortBy(), result);
        }
        return result;
    }

    /**
     * The steps of a request, refused when the database is dirty or the folder disagrees with the history.
     *
     * @param history the history, perhaps only its outline ({@link DatabaseDriver#historyOutline()})
     * @param whole the whole history, read only when a message or a checksum needs more than the outline
     */
    private Planner.Plan checkedPlan(Migrations migrations, VersionState state, Request request,
                                     List<HistoryRecord> history, Supplier<List<HistoryRecord>> whole) {
        Inspector inspector = new Inspector(migrations, state, history);
        if (state.dirty()) {
            throw new Inspector(migrations, state, whole.get()).dirty();
        }
        if (!state.isNone() && !migrations.contains(state.version())) {
            throw unknownVersion(state.version(), migrations);
        }
        if (!request.movesUp(state.version()) || !settings.validate()) {
            return new Planner(migrations).plan(request, state.version(), List.of());
        }
        if (!inspector.problemsWithoutChecksums().isEmpty()) {
            refuse(new Inspector(migrations, state, whole.get()).problemsWithoutChecksums());
        }
        Planner.Plan plan = new Planner(migrations).plan(request, state.version(),
                settings.allowOutOfOrder() ? inspector.outOfOrder() : List.of());
        if (!plan.steps().isEmpty()) {
            refuse(inspectWhole(migrations, state, whole).problems());
        }
        return plan;
    }

    /**
     * An inspector over the whole history, read on another thread while this one hashes the up files, which the
     * inspection reads next: with a long history the two take about as long as each other. The driver is open and
     * this thread leaves it alone until the read is over.
     */
    private Inspector inspectWhole(Migrations migrations, VersionState state, Supplier<List<HistoryRecord>> whole) {
        FileChecksums checksums = new FileChecksums(migrations);
        DatabaseDriver open = driver;
        Connecting<List<HistoryRecord>> reading = Connecting.start(() -> open, d -> whole.get());
        checksums.hashWhile(() -> !reading.isDone());
        return new Inspector(migrations, state, reading.result(), checksums);
    }

    /**
     * Throws when the folder and the history disagree in a way that forbids moving up (an allowed out-of-order
     * version aside). Edited files are checked only when something is about to run: with nothing to run there is
     * nothing to refuse, and a no-op {@code up} need not read every file.
     */
    private void refuse(List<Problem> found) {
        List<Problem> problems = found.stream()
                .filter(p -> !(settings.allowOutOfOrder() && p.kind() == Problem.Kind.OUT_OF_ORDER))
                .toList();
        if (!problems.isEmpty()) {
            throw new ValidationException(validationMessage(problems), problems);
        }
    }

    private static String validationMessage(List<Problem> problems) {
        StringBuilder out = new StringBuilder("the migrations folder disagrees with the database's history ("
                + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "); nothing was run:");
        problems.forEach(p -> out.append("\n  ").append(p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .append(": ").append(p.message()));
        return out.toString();
    }

    private NoSuchMigrationException unknownVersion(long version, Migrations migrations) {
        String v = Long.toUnsignedString(version);
        return new NoSuchMigrationException("no migration found for version " + v + ": the database is at version " + v
                + " but " + source.location() + " has no " + v + "_*.up or .down file"
                + migrations.last().stream().mapToObj(l -> " (its last version is " + Long.toUnsignedString(l) + ")").findFirst().orElse("")
                + ". Check that -path names the right folder and that the file was not renamed or deleted;"
                + " if it was removed on purpose, run `migrate force <version>` with the version the schema really has.");
    }

    /** Starts the history, or catches it up, when the version table moved without it (golang-migrate ran). */
    private void adoptVersion(DatabaseDriver d, VersionState state, List<HistoryRecord> history) {
        if (Ledger.recordedVersion(history) == state.version()) {
            return;
        }
        d.record(null, event(HistoryRecord.Kind.BASELINE, state.version()));
        listener.notice("history " + (history.isEmpty() ? "started" : "caught up") + " at version "
                + Versions.text(state.version()) + ": the database reached it without jmigrate (golang-migrate or by hand)");
    }

    private static HistoryRecord event(HistoryRecord.Kind kind, long version) {
        return new HistoryRecord(version, "", kind, version, null, StepRunner.NONE, Instant.now(), Duration.ZERO,
                null, null, null, true, 0, 0, null);
    }

    private <T> T locked(Function<DatabaseDriver, T> work) {
        DatabaseDriver d = driver();
        MigrationLock.acquire(d, settings.lockTimeout(), listener);
        Throwable failure = null;
        try {
            return work.apply(d);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            release(d, failure);
        }
    }

    private static void release(DatabaseDriver d, Throwable failure) {
        RuntimeException first = attempt(d::flush, null);
        first = attempt(d::unlock, first);
        if (first == null) {
            return;
        }
        if (failure == null) {
            throw first;
        }
        failure.addSuppressed(first);
    }

    private static RuntimeException attempt(Runnable action, RuntimeException earlier) {
        try {
            action.run();
            return earlier;
        } catch (RuntimeException e) {
            if (earlier == null) {
                return e;
            }
            earlier.addSuppressed(e);
            return earlier;
        }
    }

    private static LockReport lockReport(DatabaseDriver d) {
        try {
            return d.lockReport();
        } catch (RuntimeException e) {
            return LockReport.empty();
        }
    }

    /** The whole history, read from the database the first time it is needed. */
    private static final class WholeHistory implements Supplier<List<HistoryRecord>> {
        private final DatabaseDriver driver;
        private List<HistoryRecord> rows;

        WholeHistory(DatabaseDriver driver) {
            this.driver = driver;
        }

        @Override
        public List<HistoryRecord> get() {
            if (rows == null) {
                rows = driver.history();
            }
            return rows;
        }
    }

    /** What an operation reads before it works: the version table, the history and, for {@code status}, the locks. */
    private record Snapshot(VersionState state, List<HistoryRecord> history, LockReport lock) {
        Snapshot(VersionState state, List<HistoryRecord> history) {
            this(state, history, null);
        }
    }

    private static Snapshot read(DatabaseDriver d) {
        return new Snapshot(d.version(), d.history());
    }

    /**
     * Takes the lock, creates the tables when missing, and reads the version and the outline of the history; releases
     * the lock if any of it fails.
     */
    private Snapshot lockAndRead(DatabaseDriver d) {
        MigrationLock.acquire(d, settings.lockTimeout(), listener);
        try {
            d.prepare();
            return new Snapshot(d.version(), d.historyOutline());
        } catch (RuntimeException | Error e) {
            release(d, e);
            throw e;
        }
    }

    /** The migrations folder, the database's side read by {@code first}, and the up files' checksums known so far. */
    private record Loaded(Migrations migrations, Snapshot snapshot, FileChecksums checksums) {
    }

    /**
     * Reads the migrations folder while the database connection is opened and {@code first} done with it on another
     * thread. When the folder cannot be read, the connection is abandoned (closed as soon as it is open, which releases
     * a lock {@code first} took), so that a later operation of this engine starts afresh.
     *
     * @param hashWhileWaiting whether to hash up files while the other thread is still busy: with a long history the
     *     operation reads them all anyway, and the history takes about as long to arrive; otherwise the wait goes to
     *     finding SHA-256, which the first step's checksum would else wait for
     */
    private Loaded loadWhileConnecting(Function<DatabaseDriver, Snapshot> first, boolean hashWhileWaiting) {
        startConnecting(first);
        Migrations migrations;
        try {
            migrations = Migrations.load(source);
        } catch (RuntimeException | Error e) {
            abandonConnecting();
            throw e;
        }
        FileChecksums checksums = new FileChecksums(migrations);
        if (hashWhileWaiting && connecting != null) {
            Connecting<Snapshot> pending = connecting;
            checksums.hashWhile(() -> !pending.isDone());
        } else if (connecting != null) {
            Checksum.warmUp();
        }
        return new Loaded(migrations, finishConnecting(first), checksums);
    }

    private void abandonConnecting() {
        if (connecting != null) {
            connecting.abandon();
            connecting = null;
        }
    }

    /**
     * Opens the database connection and does {@code first} with it on another thread while this one reads the
     * migrations folder: the two take about as long as each other, and with a long history a no-op {@code up} is
     * little more than both. Does nothing when the driver is already open.
     */
    private void startConnecting(Function<DatabaseDriver, Snapshot> first) {
        if (driver != null || connecting != null) {
            return;
        }
        connecting = Connecting.start(connector, first);
    }

    /** The result of {@code first}, from the connecting thread, or done here when the driver was already open. */
    private Snapshot finishConnecting(Function<DatabaseDriver, Snapshot> first) {
        if (connecting == null) {
            return first.apply(driver());
        }
        Connecting<Snapshot> task = connecting;
        connecting = null;
        try {
            return task.result();
        } finally {
            driver = task.opened();
        }
    }

    private DatabaseDriver driver() {
        if (driver == null) {
            driver = connector.get();
        }
        return driver;
    }
}
