package dev.jmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScriptParserPropertiesTest {
    private static final Map<String, ScriptParser> PARSERS = Map.of(
            "postgres", new PostgresScriptParser(0),
            "postgres 11", new PostgresScriptParser(11),
            "mysql", new MySqlScriptParser(),
            "sqlite", new SqliteScriptParser());

    /** Pieces that open, close or confuse lexer states. */
    private static final List<String> FRAGMENTS = List.of(
            ";", ";", "\n", "\r\n", "\r", " ", "\t", "'", "''", "\"", "`", "[", "]", "(", ")", "$", "$$", "$a$",
            "$1", "E'", "e'\\'", "U&'", "U&\"", "B'", "X'", "N'", "\\", "\\'", "/*", "*/", "/*!", "/*!50001 ", "--",
            "-- ", "#", "BEGIN", "BEGIN ATOMIC", "begin", "ATOMIC", "END", "end", "CASE", "IF", "NOT", " ATOMIC",
            "CREATE FUNCTION f() ", "CREATE OR REPLACE PROCEDURE p() ", "CREATE TRIGGER t ", "CREATE TEMP TRIGGER ",
            "CREATE PROCEDURE p() ", "DELIMITER //\n", "DELIMITER $$\n", "DELIMITER ;\n", "//", "$$", "SELECT 1",
            "VACUUM", "COMMIT", "\uFEFF", "😀", "\uD800", "\uDC00", "é", "0x1F", "1e+5", ".5", "::", "-- jmigrate:no-transaction\n");

    @Provide
    Arbitrary<String> sqlLike() {
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> chars = Arbitraries.strings().withChars("';\"`$[]()/*-#\\\n\r \tEUB&xaA1.!@:").ofMaxLength(60);
        Arbitrary<String> mixed = Combinators.combine(fragments, chars, fragments).as((a, b, c) -> a + b + c);
        return Arbitraries.oneOf(fragments, chars, mixed, Arbitraries.strings().ofMaxLength(80));
    }

    @Property(tries = 2000)
    void parsingNeverThrowsAndStatementsMatchTheSource(@ForAll("sqlLike") String sql) {
        for (Map.Entry<String, ScriptParser> entry : PARSERS.entrySet()) {
            ParsedScript script = entry.getValue().parse(sql);
            checkStatements(entry.getKey(), sql, script);
            assertThat(script.transaction()).isNotNull();
        }
    }

    private static void checkStatements(String dialect, String sql, ParsedScript script) {
        int previousEnd = 0;
        List<SqlStatement> statements = script.statements();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            String where = dialect + " statement " + i + " of " + escape(sql);
            assertThat(s.index()).as(where).isEqualTo(i);
            assertThat(s.offset()).as(where).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.text()).as(where).isNotEmpty();
            assertThat(sql.substring(s.offset(), s.offset() + s.text().length())).as(where).isEqualTo(s.text());
            assertThat(s.line() + ":" + s.column()).as(where).isEqualTo(naivePosition(sql, s.offset()));
            assertThat(s.tokens()).as(where).isNotEmpty();
            assertThat(s.tokens().get(0).offset()).as(where).isEqualTo(s.offset());
            int end = s.offset() + s.text().length();
            for (Token t : s.tokens()) {
                assertThat(t.offset()).as(where).isGreaterThanOrEqualTo(s.offset());
                assertThat(t.end()).as(where).isLessThanOrEqualTo(end);
                assertThat(sql.substring(t.offset(), t.end())).as(where).isEqualTo(t.text());
                assertThat(t.line() + ":" + t.column()).as(where).isEqualTo(naivePosition(sql, t.offset()));
            }
            for (Token c : s.comments()) {
                assertThat(c.end()).as(where).isLessThanOrEqualTo(end);
                assertThat(c.offset()).as(where).isGreaterThanOrEqualTo(previousEnd);
                assertThat(c.isComment()).as(where).isTrue();
            }
            previousEnd = end;
        }
    }

    @Property(tries = 2000)
    void lexersCoverEveryCharacterOutsideWhitespace(@ForAll("sqlLike") String sql) {
        for (Lexer lexer : List.of(new PostgresLexer(sql), new SqliteLexer(sql), new MySqlLexer(sql))) {
            if (lexer instanceof MySqlLexer mysql) {
                mysql.statementMayStart(false);
            }
            int previousEnd = 0;
            for (Token t : lexer.tokenize()) {
                String where = lexer.getClass().getSimpleName() + " " + escape(sql);
                assertThat(t.text()).as(where).isNotEmpty();
                assertThat(t.offset()).as(where).isGreaterThanOrEqualTo(previousEnd);
                assertThat(onlyWhitespace(sql, previousEnd, t.offset())).as(where).isTrue();
                assertThat(sql.substring(t.offset(), t.end())).as(where).isEqualTo(t.text());
                assertThat(t.line() + ":" + t.column()).as(where).isEqualTo(naivePosition(sql, t.offset()));
                previousEnd = t.end();
            }
            assertThat(onlyWhitespace(sql, previousEnd, sql.length())).as(escape(sql)).isTrue();
        }
    }

    /** Spaces, tabs, line breaks, form and vertical feeds, and a byte order mark at offset 0. */
    private static boolean onlyWhitespace(String sql, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = sql.charAt(i);
            if (" \t\n\r\f\u000B".indexOf(c) < 0 && !(i == 0 && c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }

    /** Line and column computed the slow, obvious way. */
    private static String naivePosition(String sql, int offset) {
        String before = sql.substring(0, offset).replace("\r\n", "\n").replace('\r', '\n');
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        if (line == 1 && lastLine.startsWith("\uFEFF")) {
            lastLine = lastLine.substring(1);
        }
        return line + ":" + (lastLine.codePointCount(0, lastLine.length()) + 1);
    }

    private static String escape(String sql) {
        StringBuilder b = new StringBuilder("\"");
        sql.chars().forEach(c -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.append('"').toString();
    }

    // --- round trip -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<String>> postgresStatements() {
        Arbitrary<String> expression = Arbitraries.of("42", "x", "'a;b'", "'it''s; ok'", "E'x\\';y'", "\"col;x\"",
                "$$ a; 'b' $$", "$fn$ SELECT 1; $$ $fn$", "U&'x;'", "$1", "/* c; /* n; */ */ 1", "-- c;\n 2",
                "B'01'", "foo$bar", "1.5e-3", "\"a\"\"b\"");
        Arbitrary<String> select = expression.list().ofMinSize(1).ofMaxSize(4)
                .map(l -> "SELECT " + String.join(" || ", l) + " AS x");
        Arbitrary<String> routine = Arbitraries.of(
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; "
                        + "SELECT 2; END",
                "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (';'); END",
                "DO $$ BEGIN PERFORM 1; END $$",
                "CREATE TABLE t (a int DEFAULT 1)");
        return Arbitraries.oneOf(select, routine).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> mysqlStatements() {
        Arbitrary<String> expression = Arbitraries.of("42", "x", "'a;b'", "'it\\'s;'", "\"d;\\\"q\"", "`b;t`",
                "/* c; */ 1", "-- c;\n 2", "# c;\n 3", "/*!50001 4; */", "@v", "N'n;'", "5--1");
        Arbitrary<String> select = expression.list().ofMinSize(1).ofMaxSize(4)
                .map(l -> "SELECT " + String.join(", ", l) + " AS x");
        Arbitrary<String> routine = Arbitraries.of(
                "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT CASE WHEN 1 THEN 2 END; END",
                "CREATE TABLE t (a INT)");
        return Arbitraries.oneOf(select, routine).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> sqliteStatements() {
        Arbitrary<String> expression = Arbitraries.of("42", "x", "'a;b'", "'it''s;'", "\"i;d\"", "`b;t`", "[s;b]",
                "/* c; */ 1", "-- c;\n 2", "X'0A'", ":p", "?1");
        Arbitrary<String> select = expression.list().ofMinSize(1).ofMaxSize(4)
                .map(l -> "SELECT " + String.join(", ", l) + " AS x");
        Arbitrary<String> trigger = Arbitraries.of(
                "CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = CASE WHEN 1 THEN 2 END; DELETE FROM z; END",
                "CREATE TABLE t (a TEXT DEFAULT ';')");
        return Arbitraries.oneOf(select, trigger).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void postgresRoundTrip(@ForAll("postgresStatements") List<String> statements) {
        assertRoundTrip(new PostgresScriptParser(0), statements);
    }

    @Property
    void mysqlRoundTrip(@ForAll("mysqlStatements") List<String> statements) {
        assertRoundTrip(new MySqlScriptParser(), statements);
    }

    @Property
    void sqliteRoundTrip(@ForAll("sqliteStatements") List<String> statements) {
        assertRoundTrip(new SqliteScriptParser(), statements);
    }

    private static void assertRoundTrip(ScriptParser parser, List<String> statements) {
        String file = String.join(";\n", statements);
        List<String> texts = Statements.texts(parser.parse(file));
        assertThat(texts).isEqualTo(statements);
        String again = String.join(";\n", texts) + ";\n";
        assertThat(Statements.texts(parser.parse(again))).isEqualTo(statements);
    }
}
