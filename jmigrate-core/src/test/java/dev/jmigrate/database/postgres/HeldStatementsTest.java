package dev.jmigrate.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.sql.PostgresScriptParser;
import dev.jmigrate.sql.SqlStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldStatementsTest {
    private final HeldStatements held = new HeldStatements();

    @Test
    void aBatchMayRunForTheTimeEachOfItsStepsWasAllowed() {
        held.add(statements("SELECT 1;"), Instant.now().plusSeconds(100));
        held.add(statements("SELECT 2; SELECT 3;"), Instant.now().plusSeconds(200));

        Instant deadline = held.deadline();

        assertThat(Duration.between(Instant.now(), deadline)).isBetween(Duration.ofSeconds(299), Duration.ofSeconds(300));
        assertThat(held.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void aStepPastItsDeadlineAddsNoTime() {
        held.add(statements("SELECT 1;"), Instant.now().minusSeconds(100));
        held.add(statements("SELECT 2;"), Instant.now().plusSeconds(10));

        Instant deadline = held.deadline();

        assertThat(Duration.between(Instant.now(), deadline)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
    }

    @Test
    void aStepWithoutDeadlineLiftsTheLimitUntilCleared() {
        held.add(statements("SELECT 1;"), Instant.now().plusSeconds(1));
        held.add(statements("SELECT 2;"), null);
        assertThat(held.deadline()).isNull();

        held.clear();

        assertThat(held.isEmpty()).isTrue();
        held.add(statements("SELECT 3;"), Instant.now().plusSeconds(5));
        assertThat(held.deadline()).isNotNull();
    }

    @Test
    void isFullOnceSendAtStatementsAreHeld() {
        for (int i = 0; i < HeldStatements.SEND_AT - 1; i++) {
            held.add(statements("SELECT " + i + ";"), null);
        }
        assertThat(held.full()).isFalse();
        held.add(statements("SELECT 0;"), null);
        assertThat(held.full()).isTrue();
    }

    private static List<SqlStatement> statements(String sql) {
        return new PostgresScriptParser(15).parse(sql).statements();
    }
}
