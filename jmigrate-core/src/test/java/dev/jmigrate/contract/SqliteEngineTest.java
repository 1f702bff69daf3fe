package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.Migrator;
import dev.jmigrate.database.VersionState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The engine on SQLite, plus what only SQLite does: trigger bodies, x-no-tx-wrap, files outside transactions. */
class SqliteEngineTest extends EngineContract {
    /** About a second of work: a recursive CTE counting to a few million. */
    static final String SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000)"
            + " SELECT count(*) FROM c";

    @Override
    protected TestTarget newTarget() {
        return new SqliteTarget();
    }

    @Override
    protected String slowStatement() {
        return SLOW;
    }

    @Test
    void aTriggerWithABeginEndBodyIsOneStatement() {
        folder.file("2_trigger.up.sql", """
                CREATE TABLE t2 (id int);
                CREATE TRIGGER t2_log AFTER INSERT ON t2
                BEGIN
                  INSERT INTO events VALUES ('trig' || NEW.id);
                  INSERT INTO events VALUES (CASE WHEN NEW.id > 1 THEN 'big' ELSE 'small' END);
                END;
                INSERT INTO t2 VALUES (1);
                """);
        try (Migrator m = migrator()) {
            assertThat(m.planMigrateTo(2).migrations().get(1).statements()).hasSize(3);
            assertThat(m.planMigrateTo(2).migrations().get(1).transactional()).isTrue();
            m.migrateTo(2);
            assertThat(events()).containsExactly("1u", "trig1", "small");
        }
    }

    @Test
    void aFailingMigrationInsideATransactionLeavesNoTrace() {
        folder.file("2_half.up.sql", "CREATE TABLE t2 (id int);\nINSERT INTO events VALUES ('2u');\nINSERT INTO nowhere VALUES (1);");
        try (Migrator m = migrator()) {
            m.steps(1);
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.transactional()).isTrue();
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.getMessage()).contains("no such table: nowhere").contains("SQLITE_ERROR");
            });
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            assertThat(target.tables()).doesNotContain("t2");
            assertThat(events()).containsExactly("1u");
        }
    }

    @Test
    void xNoTxWrapRunsFilesAsWrittenUnderTheDirtyProtocol() {
        folder.file("2_half.up.sql", "CREATE TABLE t2 (id int);\nINSERT INTO nowhere VALUES (1);");
        try (Migrator m = Migrator.builder().path(folder.path()).database(target.url() + "?x-no-tx-wrap=true")
                .lockTimeout(Duration.ofSeconds(5)).build()) {
            assertThat(m.planUp().migrations().get(0).transactional()).isFalse();
            assertThat(m.planUp().migrations().get(0).transactionReason()).contains("turned off");
            m.steps(1);
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class,
                    e -> assertThat(e.transactional()).isFalse());
            assertThat(m.version()).isEqualTo(new VersionState(2, true));
            assertThat(target.tables()).contains("t2");
        }
    }

    @Test
    void aFileWithItsOwnTransactionRunsAsWritten() {
        folder.file("2_own.up.sql", "BEGIN;\nCREATE TABLE own (id int);\nINSERT INTO events VALUES ('2u');\nCOMMIT;\n");
        try (Migrator m = migrator()) {
            assertThat(m.planMigrateTo(2).migrations().get(1).transactional()).isFalse();
            m.migrateTo(2);
            assertThat(target.tables()).contains("own");
            assertThat(events()).containsExactly("1u", "2u");
            assertThat(m.version()).isEqualTo(VersionState.clean(2));
        }
    }

    @Test
    void theMigrationTimeoutInterruptsTheStatementAndLeavesTheDatabaseClean() {
        folder.file("2_slow.up.sql", "CREATE TABLE sleepy (id int);\n"
                + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) SELECT count(*) FROM c;");
        try (Migrator m = migrator(Migrator.builder().migrationTimeout(Duration.ofMillis(300)))) {
            m.steps(1);
            long start = System.nanoTime();
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class,
                    e -> assertThat(e.timedOut()).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            assertThat(target.tables()).doesNotContain("sleepy");
        }
    }
}
