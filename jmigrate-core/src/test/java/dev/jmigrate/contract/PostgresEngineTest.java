package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.AppliedMigration;
import dev.jmigrate.DirtyDatabaseException;
import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.Migrator;
import dev.jmigrate.database.VersionState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on PostgreSQL, plus what only PostgreSQL does: non-transactional files, timeouts. */
class PostgresEngineTest extends EngineContract {

    @Override
    protected TestTarget newTarget() {
        return new PostgresTarget();
    }

    @Override
    protected String slowStatement() {
        return "SELECT pg_sleep(1)";
    }

    @Test
    void aGroupOfMoreStepsThanOneInsertCarriesRecordsThemAll() {
        int count = 2_345;
        for (int v = 10; v < 10 + count; v++) {
            folder.file(v + "_step.up.sql", "SELECT " + v + ";");
        }
        try (Migrator m = migrator(Migrator.builder().groupCommit(Duration.ofMinutes(5)))) {
            List<AppliedMigration> applied = m.up().applied();
            assertThat(applied).hasSize(count + 5);
            List<Duration> shares = applied.stream().filter(a -> a.version() >= 10).map(AppliedMigration::ran).distinct().toList();
            assertThat(shares).as("one group: each step an equal share of its time").hasSize(1);
            assertThat(shares.get(0)).isPositive();
            assertThat(m.version()).isEqualTo(VersionState.clean(10 + count - 1));
        }
        assertThat(target.value("SELECT count(*) FROM schema_migrations_history WHERE kind = 'up' AND version >= 10"))
                .isEqualTo(String.valueOf(count));
        assertThat(target.value("SELECT count(DISTINCT version) FROM schema_migrations_history")).isEqualTo(String.valueOf(count + 5));
    }

    /** Statements of joining steps are held and sent in batches: a failure then surfaces in a later step's turn. */
    @Test
    void aHeldStatementThatFailsIsReportedAsItsOwnStepsFailure() {
        for (int v = 10; v < 50; v++) {
            folder.file(v + "_step.up.sql", v == 15 ? "SELECT 15;\nSELECT * FROM nowhere_15;\n" : "SELECT " + v + ";");
        }
        try (Migrator m = migrator(Migrator.builder().groupCommit(Duration.ofMinutes(5)))) {
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.version()).isEqualTo(15);
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.sqlState()).isEqualTo("42P01");
            });
            assertThat(m.version()).isEqualTo(VersionState.clean(14));
        }
        assertThat(target.value("SELECT string_agg(version::text, ',' ORDER BY id) FROM schema_migrations_history"))
                .isEqualTo("1,3,4,5,7,10,11,12,13,14");
    }

    @Test
    void concurrentIndexRunsOutsideATransactionAndFailsDirtyWithAdvice() {
        folder.file("2_index.up.sql", "CREATE INDEX CONCURRENTLY t1_id ON t1 (id);\nCREATE INDEX CONCURRENTLY bad ON nowhere (id);\n");
        try (Migrator m = migrator()) {
            m.steps(1);
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.transactional()).isFalse();
                assertThat(e.statementsApplied()).isEqualTo(1);
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.sqlState()).isEqualTo("42P01");
                assertThat(e.getMessage()).contains("marked dirty").contains("migrate force 1").contains("migrate force 2");
            });
            assertThat(m.version()).isEqualTo(new VersionState(2, true));
            assertThat(target.value("SELECT count(*) FROM pg_indexes WHERE indexname = 't1_id'")).isEqualTo("1");
            assertThatThrownBy(m::up).isInstanceOfSatisfying(DirtyDatabaseException.class, e -> {
                assertThat(e.getMessage()).startsWith("Dirty database version 2. Fix and force version.")
                        .contains("after 1 of 2 statements").contains("migrate force 1");
                assertThat(e.suggestedVersion()).isEqualTo(1);
            });
        }
    }

    @Test
    void aFileWithItsOwnTransactionRunsAsWritten() {
        folder.file("2_own.up.sql", "BEGIN;\nCREATE TABLE own (id int);\nCOMMIT;\n");
        try (Migrator m = migrator()) {
            m.migrateTo(2);
            assertThat(target.tables()).contains("own");
            m.down();
            assertThat(m.planUp().migrations().get(1).transactional()).isFalse();
            assertThat(m.planUp().migrations().get(1).transactionReason()).contains("own transaction");
        }
    }

    @Test
    void theMigrationTimeoutCancelsTheStatementAndLeavesTheDatabaseClean() {
        folder.file("2_sleepy.up.sql", "CREATE TABLE sleepy (id int);\nSELECT pg_sleep(10);");
        try (Migrator m = migrator(Migrator.builder().migrationTimeout(Duration.ofMillis(500)))) {
            m.steps(1);
            long start = System.nanoTime();
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.timedOut()).isTrue();
                assertThat(e.getMessage()).contains("migration timeout").contains("500ms");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            assertThat(target.tables()).doesNotContain("sleepy");
        }
    }

    @Test
    void errorsCarryDetailAndHint() {
        folder.file("2_dup.up.sql", "CREATE TABLE u (id int UNIQUE);\nINSERT INTO u VALUES (1), (1);");
        try (Migrator m = migrator()) {
            m.steps(1);
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.sqlState()).isEqualTo("23505");
                assertThat(e.serverError().detail()).contains("(id)=(1)");
                assertThat(e.getMessage()).contains("detail:").contains("(id)=(1)").contains("SQLSTATE 23505");
            });
        }
    }
}
