package dev.jmigrate.engine;

import dev.jmigrate.AppliedMigration;
import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.PlannedMigration;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.ServerError;
import dev.jmigrate.database.StatementFailedException;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.Checksum;
import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationSource;
import dev.jmigrate.sql.FilePosition;
import dev.jmigrate.sql.ParsedScript;
import dev.jmigrate.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs one step: in one transaction with its version update when the database and the file allow it,
 * otherwise statement by statement under golang-migrate's dirty protocol, recording progress in the history.
 */
final class StepRunner {
    static final String TRANSACTION = "transaction";
    static final String STATEMENTS = "statements";
    static final String NONE = "none";

    private final DatabaseDriver driver;
    private final MigrationSource source;
    private final EngineSettings settings;

    StepRunner(DatabaseDriver driver, MigrationSource source, EngineSettings settings) {
        this.driver = driver;
        this.source = source;
        this.settings = settings;
    }

    /** Reads and classifies a step's file without running it. */
    Prepared prepare(Step step) {
        if (step.file() == null) {
            return new Prepared(step, null, null);
        }
        byte[] bytes = source.read(step.file());
        ParsedScript script = driver.scriptParser().parse(new String(bytes, StandardCharsets.UTF_8));
        return new Prepared(step, script, Checksum.of(bytes));
    }

    /** Whether a prepared step may share a transaction with others: its file runs in one, on a driver that groups. */
    boolean groupable(Prepared p) {
        return driver.groupsSteps() && p.transactional(driver) && !p.script().isEmpty();
    }

    /**
     * Runs a step in a transaction of its own, or statement by statement when it cannot have one.
     *
     * @param read how long reading and parsing its file took
     */
    AppliedMigration run(Prepared p, Duration read, long versionBefore) {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        String execution = execute(p, startedAt, versionBefore);
        return applied(p, read, System.nanoTime() - t0, execution);
    }

    /**
     * Runs a {@link #groupable} step in the transaction the driver holds open for a group of steps, and leaves it
     * open; on failure the driver has rolled the whole group back.
     *
     * @param limit how long it may run before it is cancelled, so that a slow step does not hold the locks of the
     *     steps before it in the group; null for no limit beyond the migration timeout
     * @throws MigrationFailedException when a statement fails or is cancelled
     */
    AppliedMigration runInGroup(Prepared p, Duration read, long versionBefore, Duration limit) {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        Instant deadline = deadline(startedAt);
        if (limit != null && (deadline == null || startedAt.plus(limit).isBefore(deadline))) {
            deadline = startedAt.plus(limit);
        }
        runInTransaction(p, VersionState.clean(p.step().targetVersion()), startedAt, deadline, versionBefore, true);
        return applied(p, read, System.nanoTime() - t0, TRANSACTION);
    }

    private static AppliedMigration applied(Prepared p, Duration read, long ranNanos, String execution) {
        Step step = p.step();
        String file = step.file() == null ? null : step.file().name();
        return new AppliedMigration(step.version(), step.direction(), step.file() == null ? "" : step.title(), file,
                read, Duration.ofNanos(ranNanos), execution);
    }

    private String execute(Prepared p, Instant startedAt, long versionBefore) {
        VersionState after = VersionState.clean(p.step().targetVersion());
        if (p.script() == null || p.script().isEmpty()) {
            driver.record(after, record(p, startedAt, NONE, true, 0, null));
            return NONE;
        }
        Instant deadline = deadline(startedAt);
        if (p.transactional(driver)) {
            runInTransaction(p, after, startedAt, deadline, versionBefore, false);
            return TRANSACTION;
        }
        runStatements(p, after, startedAt, deadline, versionBefore);
        return STATEMENTS;
    }

    private Instant deadline(Instant startedAt) {
        return settings.migrationTimeout() == null ? null : startedAt.plus(settings.migrationTimeout());
    }

    /** Runs the file in a transaction of its own, or in the group's open one when {@code inGroup}. */
    private void runInTransaction(Prepared p, VersionState after, Instant startedAt, Instant deadline, long versionBefore,
                                  boolean inGroup) {
        List<SqlStatement> statements = p.script().statements();
        HistoryRecord record = record(p, startedAt, TRANSACTION, true, statements.size(), null);
        try {
            if (inGroup) {
                driver.applyInGroup(statements, after, record, deadline);
            } else {
                driver.applyInTransaction(statements, after, record, deadline);
            }
        } catch (StatementFailedException e) {
            throw failure(p, e, true, e.statementIndex(), versionBefore, versionBefore);
        }
    }

    private void runStatements(Prepared p, VersionState after, Instant startedAt, Instant deadline, long versionBefore) {
        List<SqlStatement> statements = p.script().statements();
        driver.setVersion(after.version(), true);
        for (int i = 0; i < statements.size(); i++) {
            try {
                driver.execute(statements.get(i), deadline);
            } catch (StatementFailedException e) {
                MigrationFailedException failure = failure(p, e, false, i, after.version(), versionBefore);
                recordFailure(p, startedAt, i, failure);
                throw failure;
            }
        }
        driver.record(after, record(p, startedAt, STATEMENTS, true, statements.size(), null));
    }

    private void recordFailure(Prepared p, Instant startedAt, int applied, MigrationFailedException failure) {
        try {
            driver.record(null, record(p, startedAt, STATEMENTS, false, applied, failure.getMessage()));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private HistoryRecord record(Prepared p, Instant startedAt, String execution, boolean success, int applied, String error) {
        Step step = p.step();
        int total = p.script() == null ? 0 : p.script().statements().size();
        HistoryRecord.Kind kind = step.direction() == Direction.UP ? HistoryRecord.Kind.UP : HistoryRecord.Kind.DOWN;
        return new HistoryRecord(step.version(), step.title(), kind, step.targetVersion(), p.checksum(), execution, startedAt,
                null, null, null, null, success, applied, total, error);
    }

    private MigrationFailedException failure(Prepared p, StatementFailedException e, boolean transactional, int index,
                                             long versionAfter, long versionBefore) {
        List<SqlStatement> statements = p.script().statements();
        SqlStatement statement = statements.get(Math.min(index, statements.size() - 1));
        ServerError error = e.error();
        FilePosition at = error.position() > 0
                ? statement.positionOf(error.position())
                : new FilePosition(statement.line(), statement.column());
        MigrationFailedException.Failure f = new MigrationFailedException.Failure(p.step().version(), p.step().direction(),
                source.pathOf(p.step().file()), at.line(), at.column(), Excerpt.of(statement.text(), error.position()),
                index, error, transactional, transactional ? 0 : index, statements.size(), e.timedOut(),
                settings.migrationTimeout(), versionAfter, versionBefore);
        return MigrationFailedException.of(f, e.getCause() == null ? e : e.getCause());
    }

    /**
     * A step with its file read and parsed.
     *
     * @param step the step
     * @param script the parsed file, null for a nil migration
     * @param checksum the file's checksum, null for a nil migration
     */
    record Prepared(Step step, ParsedScript script, String checksum) {
        /** The length of its statements, in characters: what holding it costs. */
        long size() {
            return script == null ? 0 : script.statements().stream().mapToLong(s -> s.text().length()).sum();
        }

        boolean transactional(DatabaseDriver driver) {
            return script != null && driver.wrapsInTransaction() && script.transaction().transactional();
        }

        PlannedMigration describe(DatabaseDriver driver, MigrationSource source) {
            String file = step.file() == null ? null : source.pathOf(step.file());
            List<String> statements = script == null ? List.of() : script.statements().stream().map(SqlStatement::text).toList();
            String reason = script == null ? null : transactional(driver) ? null : nonTransactionalReason(driver);
            return new PlannedMigration(step.version(), step.direction(), step.file() == null ? "" : step.title(), file,
                    step.targetVersion(), transactional(driver), reason, statements, step.outOfOrder());
        }

        private String nonTransactionalReason(DatabaseDriver driver) {
            if (!driver.wrapsInTransaction()) {
                return "transaction wrapping is turned off for this database";
            }
            return script.transaction().reason();
        }
    }
}
