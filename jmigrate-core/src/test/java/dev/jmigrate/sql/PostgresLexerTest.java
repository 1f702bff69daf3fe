package dev.jmigrate.sql;

import static dev.jmigrate.sql.Statements.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresLexerTest {

    private static List<Token> lex(String sql) {
        return new PostgresLexer(sql).tokenize();
    }

    private static Token only(String sql) {
        List<Token> tokens = lex(sql);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @Test
    void wordsNumbersPunctuationAndOperators() {
        assertThat(typed(lex("SELECT a.b, 42::int FROM t WHERE x >= 1.5e-3;"))).containsExactly(
                "WORD SELECT", "WORD a", "PUNCTUATION .", "WORD b", "PUNCTUATION ,", "NUMBER 42", "OPERATOR ::",
                "WORD int", "WORD FROM", "WORD t", "WORD WHERE", "WORD x", "OPERATOR >=", "NUMBER 1.5e-3",
                "PUNCTUATION ;");
    }

    @Test
    void numberForms() {
        assertThat(typed(lex(".5 1. 0x1F 1_000 2E+10 1..3"))).containsExactly(
                "NUMBER .5", "NUMBER 1.", "NUMBER 0x1F", "NUMBER 1_000", "NUMBER 2E+10", "NUMBER 1",
                "PUNCTUATION .", "NUMBER .3");
    }

    @Test
    void operatorsFollowPostgresRules() {
        assertThat(typed(lex("a=-1"))).containsExactly("WORD a", "OPERATOR =", "OPERATOR -", "NUMBER 1");
        assertThat(typed(lex("a @- b"))).containsExactly("WORD a", "OPERATOR @-", "WORD b");
        assertThat(typed(lex("a := b => c"))).containsExactly("WORD a", "OPERATOR :=", "WORD b", "OPERATOR =>",
                "WORD c");
        assertThat(typed(lex("a+--c\nb"))).containsExactly("WORD a", "OPERATOR +", "LINE_COMMENT --c", "WORD b");
        assertThat(typed(lex("a*/*c*/b"))).containsExactly("WORD a", "OPERATOR *", "BLOCK_COMMENT /*c*/",
                "WORD b");
        assertThat(typed(lex("[1]:x {y} \\dt ` ?"))).containsExactly("PUNCTUATION [", "NUMBER 1",
                "PUNCTUATION ]", "OPERATOR :", "WORD x", "PUNCTUATION {", "WORD y", "PUNCTUATION }", "OPERATOR \\",
                "WORD dt", "OPERATOR `", "OPERATOR ?");
    }

    @Test
    void singleQuotedStringsDoubleTheirQuotesAndKeepBackslashes() {
        assertThat(typed(lex("'it''s' 'a\\' x"))).containsExactly("STRING 'it''s'", "STRING 'a\\'", "WORD x");
    }

    @Test
    void escapeStringsHonourBackslashes() {
        assertThat(typed(lex("E'it\\'s; \\\\' e'x''y' x"))).containsExactly(
                "STRING E'it\\'s; \\\\'", "STRING e'x''y'", "WORD x");
    }

    @Test
    void prefixedStrings() {
        assertThat(typed(lex("B'101' x'FF' N'n' U&'d\\0061t' u&\"i\" UESCAPE '!'"))).containsExactly(
                "STRING B'101'", "STRING x'FF'", "STRING N'n'", "STRING U&'d\\0061t'",
                "QUOTED_IDENTIFIER u&\"i\"", "WORD UESCAPE", "STRING '!'");
    }

    @Test
    void wordsEndingInPrefixLettersAreNotPrefixes() {
        assertThat(typed(lex("type'x' ue'y' u & 'z'"))).containsExactly("WORD type", "STRING 'x'", "WORD ue",
                "STRING 'y'", "WORD u", "OPERATOR &", "STRING 'z'");
    }

    @Test
    void quotedIdentifiersDoubleTheirQuotes() {
        Token t = only("\"a \"\"b\"\"; c\"");
        assertThat(t.type()).isEqualTo(TokenType.QUOTED_IDENTIFIER);
        assertThat(t.identifier()).isEqualTo("a \"b\"; c");
    }

    @Test
    void dollarQuotes() {
        assertThat(typed(lex("$$a;'b$$ $fn$ $$ ; $fn$ $a$x$b$y$a$"))).containsExactly(
                "DOLLAR_STRING $$a;'b$$", "DOLLAR_STRING $fn$ $$ ; $fn$", "DOLLAR_STRING $a$x$b$y$a$");
    }

    @Test
    void dollarQuoteTagsAreCaseSensitive() {
        assertThat(typed(lex("$Q$ $q$ $Q$"))).containsExactly("DOLLAR_STRING $Q$ $q$ $Q$");
    }

    @Test
    void parametersAreNotDollarQuotes() {
        assertThat(typed(lex("$1 + $23"))).containsExactly("PARAMETER $1", "OPERATOR +", "PARAMETER $23");
    }

    @Test
    void dollarsInsideIdentifiersAreNotDollarQuotes() {
        assertThat(typed(lex("foo$bar $$x$$ foo$$"))).containsExactly("WORD foo$bar", "DOLLAR_STRING $$x$$",
                "WORD foo$$");
    }

    @Test
    void aTagCannotStartWithADigitOrContainOddCharacters() {
        assertThat(typed(lex("$ $-"))).containsExactly("OPERATOR $", "OPERATOR $", "OPERATOR -");
        assertThat(typed(lex("$a-b$"))).containsExactly("OPERATOR $", "WORD a", "OPERATOR -", "WORD b$");
    }

    @Test
    void lineCommentsEndAtTheLineBreak() {
        assertThat(typed(lex("-- a; b\r\nx -- end"))).containsExactly("LINE_COMMENT -- a; b", "WORD x",
                "LINE_COMMENT -- end");
    }

    @Test
    void lineCommentsLeaveOutTrailingBlanks() {
        assertThat(typed(lex("-- a  \t\nx --\t"))).containsExactly("LINE_COMMENT -- a", "WORD x", "LINE_COMMENT --");
        assertThat(new PostgresScriptParser(0).parse("SELECT 1 -- c  \n;").statements().get(0).text())
                .isEqualTo("SELECT 1 -- c");
    }

    @Test
    void blockCommentsNest() {
        assertThat(typed(lex("/* a /* b; */ c; */ x"))).containsExactly("BLOCK_COMMENT /* a /* b; */ c; */",
                "WORD x");
    }

    @Test
    void unterminatedConstructsExtendToTheEnd() {
        for (String sql : List.of("'abc; x", "E'abc\\'", "\"abc; x", "$$abc; x", "$t$abc $t x", "/* a /* b */ x",
                "U&'x", "B'01")) {
            Token t = only(sql);
            assertThat(t.unterminated()).as(sql).isTrue();
            assertThat(t.text()).as(sql).isEqualTo(sql);
        }
        assertThat(only("E'\\").unterminated()).isTrue();
    }

    @Test
    void terminatedTokensAreNotFlagged() {
        assertThat(lex("'a' \"b\" $$c$$ /* d */ -- e")).noneMatch(Token::unterminated);
    }

    @Test
    void positionsCountLinesAndCodePoints() {
        List<Token> tokens = lex("a\n  b\r\n\tc\rd 😀 e");
        assertThat(tokens).extracting(t -> t.text() + "@" + t.offset() + "=" + t.line() + ":" + t.column())
                .containsExactly("a@0=1:1", "b@4=2:3", "c@8=3:2", "d@10=4:1", "😀@12=4:3", "e@15=4:5");
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkippedAndTakesNoColumn() {
        List<Token> tokens = lex("\uFEFFab c");
        assertThat(tokens).extracting(t -> t.text() + "@" + t.offset() + "=" + t.line() + ":" + t.column())
                .containsExactly("ab@1=1:1", "c@4=1:4");
    }

    @Test
    void nonAsciiLettersAreIdentifierCharacters() {
        assertThat(typed(lex("café_1 ünïcode"))).containsExactly("WORD café_1", "WORD ünïcode");
    }

    @Test
    void emptyAndBlankInputsHaveNoTokens() {
        assertThat(lex("")).isEmpty();
        assertThat(lex(" \t\r\n\f\u000B")).isEmpty();
        assertThat(lex("\uFEFF")).isEmpty();
    }
}
