package dev.jmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
    private final PostgresScriptParser parser = new PostgresScriptParser(0);

    @Test
    void startsWithMatchesLeadingWordsInOrder() {
        SqlStatement s = parser.parse("create Index CONCURRENTLY \"i\" ON t (a)").statements().get(0);
        assertThat(s.startsWith()).isTrue();
        assertThat(s.startsWith("CREATE")).isTrue();
        assertThat(s.startsWith("CREATE", "INDEX", "concurrently")).isTrue();
        assertThat(s.startsWith("INDEX")).isFalse();
        assertThat(s.startsWith("CREATE", "UNIQUE")).isFalse();
        assertThat(s.startsWith("CREATE", "INDEX", "CONCURRENTLY", "i")).as("a quoted identifier is no word")
                .isFalse();
        assertThat(parser.parse("SELECT 1").statements().get(0).startsWith("SELECT", "1", "x")).isFalse();
    }

    @Test
    void firstWordsUpperCasesLeadingWords() {
        SqlStatement s = parser.parse("create index concurrently \"i\" on t (a)").statements().get(0);
        assertThat(s.firstWords(2)).isEqualTo("CREATE INDEX");
        assertThat(s.firstWords(3)).isEqualTo("CREATE INDEX CONCURRENTLY");
        assertThat(s.firstWords(10)).isEqualTo("CREATE INDEX CONCURRENTLY");
        assertThat(s.firstWords(0)).isEmpty();
        assertThat(parser.parse("(SELECT 1)").statements().get(0).firstWords(2)).isEmpty();
    }

    @Test
    void statementListsAreImmutableCopies() {
        List<Token> tokens = new ArrayList<>(List.of(new Token(TokenType.WORD, "x", 0, 1, 1, false)));
        SqlStatement s = new SqlStatement("x", 0, 0, 1, 1, tokens, List.of());
        tokens.clear();
        assertThat(s.tokens()).hasSize(1);
        assertThatThrownBy(() -> s.tokens().add(null)).isInstanceOf(UnsupportedOperationException.class);
        ParsedScript script = parser.parse("SELECT 1");
        assertThatThrownBy(() -> script.statements().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void statementRejectsInvalidComponents() {
        assertThatThrownBy(() -> new SqlStatement(null, 0, 0, 1, 1, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SqlStatement("x", -1, 0, 1, 1, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SqlStatement("x", 0, 0, 0, 1, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transactionRequirementComponentsMustAgree() {
        assertThat(TransactionRequirement.inTransaction()).isEqualTo(new TransactionRequirement(true, null, 0));
        assertThat(TransactionRequirement.outsideTransaction("why", 3))
                .isEqualTo(new TransactionRequirement(false, "why", 3));
        assertThatThrownBy(() -> new TransactionRequirement(true, "why", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionRequirement(true, null, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionRequirement(false, null, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionRequirement(false, " ", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransactionRequirement(false, "why", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filePositionIsOneBased() {
        assertThatThrownBy(() -> new FilePosition(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FilePosition(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsedScriptRequiresATransaction() {
        assertThatThrownBy(() -> new ParsedScript(List.of(), null)).isInstanceOf(NullPointerException.class);
        assertThat(new ParsedScript(List.of(), TransactionRequirement.inTransaction()).isEmpty()).isTrue();
    }
}
