package dev.jmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenTest {

    private static Token token(TokenType type, String text) {
        return new Token(type, text, 0, 1, 1, false);
    }

    @Test
    void isWordComparesWordsIgnoringAsciiCase() {
        assertThat(token(TokenType.WORD, "Begin").isWord("BEGIN")).isTrue();
        assertThat(token(TokenType.WORD, "begin").isWord("begin")).isTrue();
        assertThat(token(TokenType.WORD, "begins").isWord("BEGIN")).isFalse();
        assertThat(token(TokenType.WORD, "BEGI").isWord("BEGIN")).isFalse();
        assertThat(token(TokenType.WORD, "\u212Aey").isWord("KEY")).as("Kelvin sign is not K").isFalse();
    }

    @Test
    void isWordIsFalseForOtherTokenTypes() {
        assertThat(token(TokenType.QUOTED_IDENTIFIER, "BEGIN").isWord("BEGIN")).isFalse();
        assertThat(token(TokenType.STRING, "BEGIN").isWord("BEGIN")).isFalse();
        assertThat(token(TokenType.LINE_COMMENT, "BEGIN").isWord("BEGIN")).isFalse();
    }

    @Test
    void identifierFoldsWordsToLowerCase() {
        assertThat(token(TokenType.WORD, "MyTable").identifier()).isEqualTo("mytable");
        assertThat(token(TokenType.WORD, "ÄBC").identifier()).as("only ASCII folds").isEqualTo("Äbc");
    }

    @Test
    void identifierUnquotesQuotedIdentifiers() {
        assertThat(token(TokenType.QUOTED_IDENTIFIER, "\"My \"\"Table\"\"\"").identifier())
                .isEqualTo("My \"Table\"");
        assertThat(token(TokenType.QUOTED_IDENTIFIER, "U&\"d\\0061t\"").identifier()).isEqualTo("d\\0061t");
        assertThat(token(TokenType.QUOTED_IDENTIFIER, "`a``b`").identifier()).isEqualTo("a`b");
        assertThat(token(TokenType.QUOTED_IDENTIFIER, "[a]]").identifier()).isEqualTo("a]");
        assertThat(new Token(TokenType.QUOTED_IDENTIFIER, "\"abc", 0, 1, 1, true).identifier()).isEqualTo("abc");
        assertThat(new Token(TokenType.QUOTED_IDENTIFIER, "\"", 0, 1, 1, true).identifier()).isEmpty();
    }

    @Test
    void identifierReturnsOtherTokensUnchanged() {
        assertThat(token(TokenType.STRING, "'Abc'").identifier()).isEqualTo("'Abc'");
        assertThat(token(TokenType.NUMBER, "42").identifier()).isEqualTo("42");
    }

    @Test
    void endIsOffsetPlusLength() {
        assertThat(new Token(TokenType.WORD, "abc", 10, 2, 3, false).end()).isEqualTo(13);
    }

    @Test
    void isCommentCoversBothCommentTypes() {
        assertThat(token(TokenType.LINE_COMMENT, "-- x").isComment()).isTrue();
        assertThat(token(TokenType.BLOCK_COMMENT, "/* x */").isComment()).isTrue();
        assertThat(token(TokenType.OPERATOR, "--").isComment()).isFalse();
    }

    @Test
    void rejectsInvalidComponents() {
        assertThatThrownBy(() -> new Token(null, "a", 0, 1, 1, false)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Token(TokenType.WORD, null, 0, 1, 1, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Token(TokenType.WORD, "a", -1, 1, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Token(TokenType.WORD, "a", 0, 0, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Token(TokenType.WORD, "a", 0, 1, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
