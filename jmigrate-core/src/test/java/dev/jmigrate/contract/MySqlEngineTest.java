package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.Migrator;
import dev.jmigrate.database.VersionState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The engine on MySQL, plus what only MySQL does: stored programs, DML-only transactions, implicit commits. */
class MySqlEngineTest extends EngineContract {

    @Override
    protected TestTarget newTarget() {
        return new MySqlTarget();
    }

    @Override
    protected String slowStatement() {
        return "SELECT SLEEP(1)";
    }

    @Test
    void aDelimiterFileCreatesAStoredProcedureThatALaterStatementCalls() {
        folder.file("2_proc.up.sql", """
                DELIMITER //
                CREATE PROCEDURE log_event(IN s varchar(10))
                BEGIN
                  INSERT INTO events VALUES (s);
                  INSERT INTO events VALUES (concat(s, '!'));
                END //
                DELIMITER ;
                CALL log_event('2p');
                """);
        folder.file("2_proc.down.sql", "DROP PROCEDURE log_event;\n");
        try (Migrator m = migrator()) {
            m.migrateTo(2);
            assertThat(events()).containsExactly("1u", "2p", "2p!");
            assertThat(m.planDown().migrations().get(0).statements()).hasSize(1);
            m.steps(-1);
            assertThat(target.value("SELECT count(*) FROM information_schema.routines WHERE routine_name = 'log_event'"
                    + " AND routine_schema = DATABASE()")).isEqualTo("0");
        }
    }

    @Test
    void aProcedureBodyWithoutDelimiterIsOneStatementToo() {
        folder.file("2_proc.up.sql", "CREATE PROCEDURE twice() BEGIN INSERT INTO events VALUES ('a'); INSERT INTO events"
                + " VALUES ('b'); END;\nCALL twice();\n");
        try (Migrator m = migrator()) {
            assertThat(m.planUp().migrations().get(1).statements()).hasSize(2);
            m.migrateTo(2);
            assertThat(events()).containsExactly("1u", "a", "b");
        }
    }

    @Test
    void aDataOnlyFileRunsInATransactionAndAFailureLeavesNothing() {
        folder.file("2_data.up.sql", "INSERT INTO events VALUES ('2a');\nINSERT INTO nowhere VALUES (1);\n");
        try (Migrator m = migrator()) {
            m.steps(1);
            assertThat(m.planUp().migrations().get(0).transactional()).isTrue();
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class, e -> {
                assertThat(e.transactional()).isTrue();
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.sqlState()).isEqualTo("42S02");
                assertThat(e.getMessage()).contains("Error 1146");
            });
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            assertThat(events()).containsExactly("1u");
        }
    }

    @Test
    void aFileWithDdlRunsUnderTheDirtyProtocolAndSaysWhy() {
        try (Migrator m = migrator()) {
            var first = m.planUp().migrations().get(0);
            assertThat(first.transactional()).isFalse();
            assertThat(first.transactionReason()).isNotBlank();
        }
    }

    @Test
    void theMigrationTimeoutCancelsTheStatement() {
        folder.file("2_sleepy.up.sql", "INSERT INTO events VALUES ('2s');\nSELECT SLEEP(10);");
        try (Migrator m = migrator(Migrator.builder().migrationTimeout(Duration.ofMillis(500)))) {
            m.steps(1);
            long start = System.nanoTime();
            assertThatThrownBy(m::up).isInstanceOfSatisfying(MigrationFailedException.class,
                    e -> assertThat(e.timedOut()).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(m.version()).isEqualTo(VersionState.clean(1));
            assertThat(events()).containsExactly("1u");
        }
    }
}
