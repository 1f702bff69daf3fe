package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.AppliedMigration;
import dev.jmigrate.DirtyDatabaseException;
import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.MigrationListener;
import dev.jmigrate.MigrationPlan;
import dev.jmigrate.MigrationResult;
import dev.jmigrate.PlannedMigration;
import dev.jmigrate.MigrationState;
import dev.jmigrate.MigrationStatus;
import dev.jmigrate.Migrator;
import dev.jmigrate.NoSuchMigrationException;
import dev.jmigrate.Problem;
import dev.jmigrate.ShortLimitException;
import dev.jmigrate.ValidationException;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.SourceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * golang-migrate's reference outcomes and jmigrate's additions (history, status, validation), run through
 * the public API against each database. A database's test extends this class.
 */
public abstract class EngineContract {
    @TempDir
    Path dir;
    protected TestTarget target;
    protected MigrationFolder folder;

    protected abstract TestTarget newTarget();

    @BeforeEach
    void setUp() {
        target = newTarget();
        target.execute("CREATE TABLE events (step varchar(10))");
        folder = MigrationFolder.sparse(dir.resolve("migrations"));
    }

    @AfterEach
    void tearDown() {
        target.close();
    }

    protected Migrator migrator() {
        return migrator(Migrator.builder().lockTimeout(Duration.ofSeconds(5)));
    }

    protected Migrator migrator(Migrator.Builder builder) {
        return builder.path(folder.path()).database(target.url()).build();
    }

    protected List<String> events() {
        return target.column("SELECT step FROM events");
    }

    protected void clearEvents() {
        target.execute("DELETE FROM events");
    }

    @Test
    void anOperationThatCannotReadTheFolderLeavesTheNextOneToStartAfresh() {
        folder.file("3_copy.up.sql", "INSERT INTO events VALUES ('3u again');");
        try (Migrator m = migrator()) {
            assertThatThrownBy(m::status).isInstanceOf(SourceException.class).hasMessageContaining("duplicate");
            folder.delete("3_copy.up.sql");
            assertThat(m.up().applied()).extracting(AppliedMigration::version).containsExactly(1L, 3L, 4L, 5L, 7L);
            assertThat(events()).containsExactly("1u", "3u", "4u", "7u");
        }
    }

    @Test
    void anUpThatCannotReadTheFolderHoldsNoLock() {
        folder.file("3_copy.up.sql", "INSERT INTO events VALUES ('3u again');");
        MigrationFolder clean = MigrationFolder.sparse(dir.resolve("clean"));
        try (Migrator m = migrator()) {
            assertThatThrownBy(m::up).isInstanceOf(SourceException.class).hasMessageContaining("duplicate");
            try (Migrator other = Migrator.builder().lockTimeout(Duration.ofSeconds(3)).path(clean.path())
                    .database(target.url()).build()) {
                assertThat(other.up().applied()).hasSize(5);
            }
        }
    }

    @Test
    void upFromNothingRunsEveryVersionAndRecordsTheNilMigration() {
        try (Migrator m = migrator()) {
            MigrationResult r = m.up();
            assertThat(r.applied()).extracting(AppliedMigration::version).containsExactly(1L, 3L, 4L, 5L, 7L);
            assertThat(r.applied().get(3).hasFile()).isFalse();
            assertThat(events()).containsExactly("1u", "3u", "4u", "7u");
            assertThat(m.version()).isEqualTo(VersionState.clean(7));
            assertThat(m.up().isNoChange()).isTrue();
        }
    }

    @Test
    void gotoAVersionThatIsNotInTheFolderChangesNothing() {
        try (Migrator m = migrator()) {
            for (long v : new long[] {0, 2, 6, 8}) {
                assertThatThrownBy(() -> m.migrateTo(v)).isInstanceOf(NoSuchMigrationException.class)
                        .hasMessageStartingWith("no migration found for version " + v);
            }
            assertThat(m.version()).isEqualTo(VersionState.none());
            assertThat(events()).isEmpty();
        }
    }

    @Test
    void gotoFiveFromNothingRunsOneThreeFourAndRecordsFive() {
        try (Migrator m = migrator()) {
            m.migrateTo(5);
            assertThat(events()).containsExactly("1u", "3u", "4u");
            assertThat(m.version()).isEqualTo(VersionState.clean(5));
        }
    }

    @Test
    void gotoMovesDownToo() {
        try (Migrator m = migrator()) {
            m.up();
            clearEvents();
            m.migrateTo(3);
            assertThat(events()).containsExactly("7d", "5d", "4d");
            assertThat(m.version()).isEqualTo(VersionState.clean(3));
            assertThat(m.migrateTo(3).isNoChange()).isTrue();
        }
    }

    @Test
    void downFromSevenStepsThroughEveryVersion() {
        try (Migrator m = migrator()) {
            m.up();
            clearEvents();
            MigrationResult r = m.down();
            assertThat(r.applied()).extracting(AppliedMigration::version).containsExactly(7L, 5L, 4L, 3L, 1L);
            assertThat(events()).containsExactly("7d", "5d", "4d", "1d");
            assertThat(m.version()).isEqualTo(VersionState.none());
            assertThat(m.down().isNoChange()).isTrue();
        }
    }

    @Test
    void stepsBeyondTheEndFollowGolangMigrate() {
        try (Migrator m = migrator()) {
            assertThatThrownBy(() -> m.steps(-1)).isInstanceOf(NoSuchMigrationException.class)
                    .hasMessageStartingWith("file does not exist");
            m.migrateTo(5);
            assertThatThrownBy(() -> m.steps(2)).isInstanceOfSatisfying(ShortLimitException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("limit 1 short");
                assertThat(e.result().applied()).extracting(AppliedMigration::version).containsExactly(7L);
            });
            assertThat(m.version()).isEqualTo(VersionState.clean(7));
            assertThatThrownBy(() -> m.steps(1)).isInstanceOf(NoSuchMigrationException.class)
                    .hasMessageStartingWith("file does not exist");
            m.migrateTo(1);
            assertThatThrownBy(() -> m.steps(-2)).isInstanceOf(ShortLimitException.class).hasMessage("limit 1 short");
            assertThat(m.version()).isEqualTo(VersionState.none());
            assertThat(m.steps(0).isNoChange()).isTrue();
        }
    }

    @Test
    void aDatabaseVersionMissingFromTheFolderStopsEveryMovement() {
        try (Migrator m = migrator()) {
            for (long v : new long[] {2, 6}) {
                m.force(v);
                assertThatThrownBy(m::up).isInstanceOf(NoSuchMigrationException.class)
                        .hasMessageStartingWith("no migration found for version " + v)
                        .hasMessageContaining(folder.path().toString());
                assertThatThrownBy(m::down).isInstanceOf(NoSuchMigrationException.class);
                assertThatThrownBy(() -> m.steps(1)).isInstanceOf(NoSuchMigrationException.class);
                assertThatThrownBy(() -> m.migrateTo(1)).isInstanceOf(NoSuchMigrationException.class);
            }
            assertThat(events()).isEmpty();
        }
    }

    @Test
    void aDirtyDatabaseRefusesToMoveUntilForced() {
        try (Migrator m = migrator(); DatabaseDriver d = target.openDriver()) {
            m.migrateTo(4);
            d.setVersion(7, true);
            assertThatThrownBy(m::up).isInstanceOfSatisfying(DirtyDatabaseException.class, e -> {
                assertThat(e.getMessage()).startsWith("Dirty database version 7. Fix and force version.");
                assertThat(e.suggestedVersion()).isEqualTo(5);
            });
            assertThat(m.version()).isEqualTo(new VersionState(7, true));
            m.force(5);
            clearEvents();
            m.up();
            assertThat(events()).containsExactly("7u");
        }
    }

    @Test
    void minusOneDirtyIsReportedAsNoMigrationButBlocksUp() {
        try (Migrator m = migrator(); DatabaseDriver d = target.openDriver()) {
            d.prepare();
            d.setVersion(-1, true);
            assertThat(m.version()).isEqualTo(new VersionState(-1, true));
            assertThatThrownBy(m::up).isInstanceOf(DirtyDatabaseException.class)
                    .hasMessageStartingWith("Dirty database version -1. Fix and force version.");
            m.force(-1);
            assertThat(m.version()).isEqualTo(VersionState.none());
        }
    }

    @Test
    void forceRejectsVersionsBelowMinusOne() {
        try (Migrator m = migrator()) {
            assertThatThrownBy(() -> m.force(-2)).hasMessage("version must be >= -1");
        }
    }

    @Test
    void aFailingMigrationNamesItsFileLineAndServerMessage() {
        folder.file("2_broken.up.sql", "CREATE TABLE a2 (id int);\n\n" + target.syntaxError() + ";\n");
        try (Migrator m = migrator()) {
            m.steps(1);
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.version()).isEqualTo(2);
                assertThat(e.file()).endsWith("2_broken.up.sql");
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.statement()).isEqualTo(target.syntaxError());
                if (target.reportsSqlState()) {
                    assertThat(e.sqlState()).isNotBlank();
                } else {
                    assertThat(e.serverError().vendorCode()).isPositive();
                }
                assertThat(e.getMessage()).contains("2_broken.up.sql").doesNotContain("CREATE TABLE a2");
                assertThat(e.transactional()).isEqualTo(target.transactionalDdl());
            });
            if (target.transactionalDdl()) {
                assertThat(m.version()).isEqualTo(VersionState.clean(1));
                assertThat(target.tables()).doesNotContain("a2");
            } else {
                assertThat(m.version()).isEqualTo(new VersionState(2, true));
                assertThatThrownBy(m::up).isInstanceOfSatisfying(DirtyDatabaseException.class,
                        e -> assertThat(e.suggestedVersion()).isEqualTo(1));
            }
        }
    }

    @Test
    void aFailureAmongMigrationsSharingACommitKeepsEveryOneBeforeIt() {
        folder.file("4_foobar.up.sql", "CREATE TABLE t4 (id int);\nINSERT INTO events VALUES ('4u');\n" + target.syntaxError() + ";\n");
        Finished finished = new Finished();
        try (Migrator m = migrator(Migrator.builder().groupCommit(Duration.ofSeconds(30)).listener(finished))) {
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.version()).isEqualTo(4);
                assertThat(e.line()).isEqualTo(3);
            });
            assertThat(finished.versions).containsExactly(1L, 3L);
            if (target.transactionalDdl()) {
                assertThat(m.version()).isEqualTo(VersionState.clean(3));
                assertThat(events()).containsExactly("1u", "3u");
                assertThat(target.tables()).contains("t1", "t3").doesNotContain("t4");
            }
        }
        try (DatabaseDriver d = target.openDriver()) {
            assertThat(d.history()).filteredOn(HistoryRecord::success).extracting(HistoryRecord::version).containsExactly(1L, 3L);
        }
    }

    @Test
    void migrationsSharingACommitEachKeepTheirOwnHistoryRow() {
        try (Migrator m = migrator(Migrator.builder().groupCommit(Duration.ofSeconds(30)))) {
            m.up();
            m.down();
            assertThat(m.version()).isEqualTo(VersionState.clean(VersionState.NONE));
        }
        assertThat(events()).containsExactly("1u", "3u", "4u", "7u", "7d", "5d", "4d", "1d");
        try (DatabaseDriver d = target.openDriver()) {
            List<HistoryRecord> history = d.history();
            assertThat(history).extracting(HistoryRecord::version, HistoryRecord::kind, HistoryRecord::schemaVersion)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, HistoryRecord.Kind.UP, 1L),
                            org.assertj.core.groups.Tuple.tuple(3L, HistoryRecord.Kind.UP, 3L),
                            org.assertj.core.groups.Tuple.tuple(4L, HistoryRecord.Kind.UP, 4L),
                            org.assertj.core.groups.Tuple.tuple(5L, HistoryRecord.Kind.UP, 5L),
                            org.assertj.core.groups.Tuple.tuple(7L, HistoryRecord.Kind.UP, 7L),
                            org.assertj.core.groups.Tuple.tuple(7L, HistoryRecord.Kind.DOWN, 5L),
                            org.assertj.core.groups.Tuple.tuple(5L, HistoryRecord.Kind.DOWN, 4L),
                            org.assertj.core.groups.Tuple.tuple(4L, HistoryRecord.Kind.DOWN, 3L),
                            org.assertj.core.groups.Tuple.tuple(3L, HistoryRecord.Kind.DOWN, 1L),
                            org.assertj.core.groups.Tuple.tuple(1L, HistoryRecord.Kind.DOWN, VersionState.NONE));
            assertThat(history).allSatisfy(r -> assertThat(r.success()).isTrue());
            assertThat(history.get(0).checksum()).hasSize(64).isNotEqualTo(history.get(2).checksum());
            assertThat(history).extracting(HistoryRecord::startedAt).isSorted();
        }
    }

    @Test
    void aSlowMigrationAfterQuickOnesRunsAloneOnceTheyAreCommitted() throws Exception {
        folder.file("3_foobar.up.sql", slowStatement() + ";\nINSERT INTO events VALUES ('3u');");
        Finished finished = new Finished();
        try (Migrator m = migrator(Migrator.builder().groupCommit(Duration.ofMillis(100)).listener(finished))) {
            java.util.concurrent.CompletableFuture<MigrationResult> up = java.util.concurrent.CompletableFuture.supplyAsync(m::up);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!events().contains("1u") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(up).as("migration 1 is committed while the slow migration 3 runs").isNotDone();
            assertThat(up.get().applied()).extracting(AppliedMigration::version).containsExactly(1L, 3L, 4L, 5L, 7L);
        }
        assertThat(finished.versions).containsExactly(1L, 3L, 4L, 5L, 7L);
        assertThat(events()).containsExactly("1u", "3u", "4u", "7u");
        try (DatabaseDriver d = target.openDriver()) {
            assertThat(d.history()).extracting(HistoryRecord::version).containsExactly(1L, 3L, 4L, 5L, 7L);
        }
    }

    /** The versions a listener heard were committed, in order. */
    private static final class Finished implements MigrationListener {
        final List<Long> versions = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void finished(AppliedMigration migration) {
            versions.add(migration.version());
        }
    }

    @Test
    void historyRecordsEveryStepAndStatusShowsIt() {
        try (Migrator m = migrator()) {
            m.migrateTo(4);
            List<MigrationStatus> status = m.status().migrations();
            assertThat(status).extracting(MigrationStatus::version).containsExactly(1L, 3L, 4L, 5L, 7L);
            assertThat(status).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED,
                    MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING);
            assertThat(status.get(0).appliedAt()).isNotNull();
            assertThat(status.get(0).appliedBy()).isNotBlank();
            assertThat(m.status().hasPending()).isTrue();
        }
        try (DatabaseDriver d = target.openDriver()) {
            assertThat(d.history()).extracting(HistoryRecord::version).containsExactly(1L, 3L, 4L);
            assertThat(d.history().get(0).checksum()).hasSize(64);
        }
    }

    @Test
    void anEditedAppliedMigrationIsReportedAndBlocksUp() {
        try (Migrator m = migrator()) {
            m.migrateTo(4);
            folder.file("3_foobar.up.sql", "CREATE TABLE t3 (id bigint);\nINSERT INTO events VALUES ('3u');");
            assertThat(m.validate()).extracting(Problem::kind, Problem::version).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Problem.Kind.MODIFIED, 3L));
            assertThat(m.status().migrations().get(1).state()).isEqualTo(MigrationState.MODIFIED);
            assertThatThrownBy(m::up).isInstanceOf(ValidationException.class).hasMessageContaining("3_foobar.up.sql");
            assertThat(m.version()).isEqualTo(VersionState.clean(4));
        }
        try (Migrator m = migrator(Migrator.builder().validate(false))) {
            m.up();
            assertThat(m.version()).isEqualTo(VersionState.clean(7));
        }
    }

    @Test
    void anEditedFileDoesNotStopAnUpWithNothingToRun() {
        try (Migrator m = migrator()) {
            m.up();
            folder.file("3_foobar.up.sql", "CREATE TABLE t3 (id bigint);");
            assertThat(m.up().isNoChange()).isTrue();
            assertThat(m.validate()).extracting(Problem::kind).containsExactly(Problem.Kind.MODIFIED);
        }
    }

    @Test
    void lineEndingsAndAByteOrderMarkAreNotEdits() {
        try (Migrator m = migrator()) {
            m.migrateTo(1);
            folder.file("1_foobar.up.sql", "\uFEFFCREATE TABLE t1 (id int);\r\nINSERT INTO events VALUES ('1u');");
            assertThat(m.validate()).isEmpty();
        }
    }

    @Test
    void aLowerVersionMergedLateIsOutOfOrderUntilAllowed() {
        try (Migrator m = migrator()) {
            m.up();
            folder.file("2_late.up.sql", "CREATE TABLE t2 (id int);\nINSERT INTO events VALUES ('2u');");
            assertThat(m.status().migrations().get(1).state()).isEqualTo(MigrationState.OUT_OF_ORDER);
            assertThatThrownBy(m::up).isInstanceOf(ValidationException.class).hasMessageContaining("2_late.up.sql");
        }
        clearEvents();
        try (Migrator m = migrator(Migrator.builder().allowOutOfOrder(true))) {
            MigrationResult r = m.up();
            assertThat(r.applied()).extracting(AppliedMigration::version).containsExactly(2L);
            assertThat(events()).containsExactly("2u");
            assertThat(m.version()).isEqualTo(VersionState.clean(7));
            assertThat(m.validate()).isEmpty();
        }
    }

    @Test
    void anAppliedMigrationWhoseFilesVanishedIsMissing() {
        try (Migrator m = migrator()) {
            m.up();
            folder.delete("3_foobar.up.sql");
            assertThat(m.validate()).extracting(Problem::kind).containsExactly(Problem.Kind.MISSING);
        }
    }

    @Test
    void aDatabaseMigratedByGolangMigrateStartsItsHistoryWithoutComplaint() {
        try (DatabaseDriver d = target.openDriver()) {
            d.prepare();
            d.setVersion(4, false);
        }
        try (Migrator m = migrator()) {
            assertThat(m.status().migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED,
                    MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING);
            assertThat(m.validate()).isEmpty();
            m.up();
            assertThat(events()).containsExactly("7u");
        }
        try (DatabaseDriver d = target.openDriver()) {
            assertThat(d.history()).extracting(HistoryRecord::kind).containsExactly(HistoryRecord.Kind.BASELINE,
                    HistoryRecord.Kind.UP, HistoryRecord.Kind.UP);
        }
    }

    @Test
    void golangMigrateMovingTheVersionAfterUsIsCaughtUp() {
        try (Migrator m = migrator()) {
            m.migrateTo(3);
        }
        try (DatabaseDriver d = target.openDriver()) {
            d.setVersion(5, false);
        }
        try (Migrator m = migrator()) {
            assertThat(m.validate()).isEmpty();
            assertThat(m.status().migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED,
                    MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.APPLIED, MigrationState.PENDING);
        }
    }

    @Test
    void forceIsRecordedAndExplainsLaterStates() {
        try (Migrator m = migrator()) {
            m.up();
            m.force(3);
            assertThat(m.status().migrations()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED,
                    MigrationState.APPLIED, MigrationState.PENDING, MigrationState.PENDING, MigrationState.PENDING);
            assertThat(m.validate()).isEmpty();
        }
    }

    @Test
    void aDryRunShowsThePlanAndChangesNothing() {
        try (Migrator m = migrator()) {
            MigrationPlan plan = m.planUp();
            assertThat(plan.migrations()).extracting(p -> p.version()).containsExactly(1L, 3L, 4L, 5L, 7L);
            assertThat(plan.migrations().get(0).statements()).hasSize(2);
            assertThat(plan.migrations().get(0).transactional()).isEqualTo(target.transactionalDdl());
            assertThat(m.planSteps(9).shortBy()).isEqualTo(4);
            assertThat(m.version()).isEqualTo(VersionState.none());
            assertThat(events()).isEmpty();
            m.up();
            assertThat(m.planDown().migrations()).extracting(p -> p.version()).containsExactly(7L, 5L, 4L, 3L, 1L);
        }
    }

    @Test
    void aStopRequestFinishesTheRunningMigrationAndStartsNoOther() {
        Migrator[] self = new Migrator[1];
        MigrationListener stopDuringFirst = new MigrationListener() {
            @Override
            public void starting(PlannedMigration migration) {
                self[0].requestStop();
            }
        };
        try (Migrator m = migrator(Migrator.builder().listener(stopDuringFirst))) {
            self[0] = m;
            MigrationResult r = m.up();
            assertThat(r.stopped()).isTrue();
            assertThat(r.applied()).hasSize(1);
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            assertThat(m.up().applied()).isEmpty();
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
        }
    }

    @Test
    void twoMigratorsRacingApplyEachMigrationOnce() throws Exception {
        folder.file("2_slow.up.sql", slowStatement() + ";\nINSERT INTO events VALUES ('2u');");
        MigrationResult[] results = new MigrationResult[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int n = i;
            threads[i] = new Thread(() -> {
                try (Migrator m = migrator(Migrator.builder().lockTimeout(Duration.ofSeconds(30)))) {
                    results[n] = m.up();
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertThat(events()).containsExactly("1u", "2u", "3u", "4u", "7u");
        assertThat(results).filteredOn(MigrationResult::isNoChange).hasSize(1);
    }

    /** A statement that takes about a second. */
    protected abstract String slowStatement();

    @Test
    void aHeldLockTimesOutWithAMessage() {
        try (DatabaseDriver holder = target.openDriver();
             Migrator m = migrator(Migrator.builder().lockTimeout(Duration.ofSeconds(1)))) {
            assertThat(holder.tryLock()).isTrue();
            long start = System.nanoTime();
            assertThatThrownBy(m::up).isInstanceOf(dev.jmigrate.LockTimeoutException.class)
                    .hasMessageStartingWith("timeout: can't acquire database lock");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            holder.unlock();
            m.up();
        }
    }

    @Test
    void anEmptyMigrationIsRecordedWithoutRunningAnything() {
        folder.file("2_empty.up.sql", "  \n-- nothing yet\n");
        try (Migrator m = migrator()) {
            m.migrateTo(2);
            assertThat(m.version()).isEqualTo(VersionState.clean(2));
        }
    }
}
