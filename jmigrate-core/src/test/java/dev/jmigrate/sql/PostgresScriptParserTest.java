package dev.jmigrate.sql;

import static dev.jmigrate.sql.Statements.starts;
import static dev.jmigrate.sql.Statements.texts;
import static dev.jmigrate.sql.Statements.tokenTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresScriptParserTest {
    private final PostgresScriptParser parser = new PostgresScriptParser(0);

    @Test
    void splitsOnSemicolonsWithExactTextsAndPositions() {
        String sql = "CREATE TABLE a (id int);\n\n  INSERT INTO a VALUES (1);   SELECT 1\n  ;\n";
        ParsedScript script = parser.parse(sql);

        assertThat(texts(script)).containsExactly("CREATE TABLE a (id int)", "INSERT INTO a VALUES (1)", "SELECT 1");
        assertThat(script.statements()).extracting(SqlStatement::index).containsExactly(0, 1, 2);
        assertThat(script.statements()).extracting(SqlStatement::offset).containsExactly(0, 28, 56);
        assertThat(starts(script)).containsExactly("1:1", "3:3", "3:31");
        for (SqlStatement s : script.statements()) {
            assertThat(sql.substring(s.offset(), s.offset() + s.text().length())).isEqualTo(s.text());
        }
    }

    @Test
    void statementTokensExcludeCommentsAndTheTerminator() {
        SqlStatement s = parser.parse("SELECT /* c */ 1 ; ").statements().get(0);
        assertThat(tokenTexts(s.tokens())).containsExactly("SELECT", "1");
        assertThat(tokenTexts(s.comments())).containsExactly("/* c */");
        assertThat(s.text()).isEqualTo("SELECT /* c */ 1");
    }

    @Test
    void semicolonsInsideStringsIdentifiersDollarQuotesAndCommentsDoNotSplit() {
        String sql = """
                INSERT INTO t VALUES ('a;b', E'c\\';d', "e;f", $$g;h$$, $x$ i; $$ ; $x$); -- j; k
                /* l; /* m; */ n; */ SELECT 2;
                """;
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly(
                "INSERT INTO t VALUES ('a;b', E'c\\';d', \"e;f\", $$g;h$$, $x$ i; $$ ; $x$)", "SELECT 2");
        assertThat(starts(script)).containsExactly("1:1", "2:22");
        assertThat(tokenTexts(script.statements().get(1).comments())).containsExactly("-- j; k",
                "/* l; /* m; */ n; */");
    }

    @Test
    void doFunctionBodiesInDollarQuotesStayWhole() {
        String sql = """
                CREATE FUNCTION f() RETURNS trigger AS $body$
                BEGIN
                  UPDATE t SET x = 1;
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql;
                DO $$ BEGIN PERFORM 1; END $$;
                """;
        ParsedScript script = parser.parse(sql);
        assertThat(script.statements()).hasSize(2);
        assertThat(script.statements().get(0).text()).startsWith("CREATE FUNCTION").endsWith("LANGUAGE plpgsql");
        assertThat(script.statements().get(1).text()).isEqualTo("DO $$ BEGIN PERFORM 1; END $$");
        assertThat(starts(script)).containsExactly("1:1", "7:1");
        assertThat(script.transaction().transactional()).isTrue();
    }

    @Test
    void commentsBeforeAStatementAttachToIt() {
        String sql = "-- first\nSELECT 1; -- about two\n/* two */ SELECT 2 /* inside */;\n-- trailing\n";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT 2 /* inside */");
        assertThat(tokenTexts(script.statements().get(0).comments())).containsExactly("-- first");
        assertThat(tokenTexts(script.statements().get(1).comments())).containsExactly("-- about two",
                "/* two */", "/* inside */");
    }

    @Test
    void commentsBeforeTheTerminatorArePartOfTheText() {
        ParsedScript script = parser.parse("SELECT 1 -- lint:ignore x\n;SELECT 2\n-- last\n");
        assertThat(texts(script)).containsExactly("SELECT 1 -- lint:ignore x", "SELECT 2\n-- last");
    }

    @Test
    void emptyStatementsAreSkippedAndTheirCommentsCarryOver() {
        ParsedScript script = parser.parse(";; -- note\n ; SELECT 1;;");
        assertThat(texts(script)).containsExactly("SELECT 1");
        assertThat(script.statements().get(0).index()).isZero();
        assertThat(tokenTexts(script.statements().get(0).comments())).containsExactly("-- note");
    }

    @Test
    void aLastStatementWithoutTerminatorEndsAtTheEndOfTheFile() {
        ParsedScript script = parser.parse("SELECT 1;\nSELECT 2  \n\n");
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void emptyWhitespaceAndCommentOnlyFilesHaveNoStatements() {
        for (String sql : List.of("", "  \n\t", "-- only\n/* comments */", "\uFEFF", ";;;")) {
            ParsedScript script = parser.parse(sql);
            assertThat(script.isEmpty()).as(sql).isTrue();
            assertThat(script.transaction().transactional()).as(sql).isTrue();
        }
        assertThat(parser.parse("SELECT 1").isEmpty()).isFalse();
    }

    @Test
    void beginAtomicBodiesKeepTheirSemicolons() {
        String sql = """
                CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;
                  SELECT a + CASE b WHEN 1 THEN 1 END;
                END;
                CREATE OR REPLACE PROCEDURE p() begin atomic insert into t values (1); end;
                SELECT 3;
                """;
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("""
                CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a > 0 THEN a ELSE 0 END + b;
                  SELECT a + CASE b WHEN 1 THEN 1 END;
                END""", "CREATE OR REPLACE PROCEDURE p() begin atomic insert into t values (1); end", "SELECT 3");
        assertThat(starts(script)).containsExactly("1:1", "6:1", "7:1");
        assertThat(script.transaction().transactional()).isTrue();
    }

    @Test
    void beginAtomicOutsideARoutineIsNoBody() {
        ParsedScript script = parser.parse("SELECT begin atomic; SELECT 2; END;");
        assertThat(texts(script)).containsExactly("SELECT begin atomic", "SELECT 2", "END");
    }

    @Test
    void aTopLevelBeginIsATransactionNotABody() {
        ParsedScript script = parser.parse("BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;");
        assertThat(texts(script)).containsExactly("BEGIN", "CREATE TABLE t (a int)", "COMMIT");
    }

    @Test
    void anUnclosedAtomicBodyExtendsToTheEnd() {
        ParsedScript script = parser.parse("CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2;");
        assertThat(texts(script)).containsExactly("CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT 2;");
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplitAsInPsql() {
        String sql = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t);\nSELECT (1));"
                + " SELECT 2;";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly(
                "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); NOTIFY t)", "SELECT (1))",
                "SELECT 2");
        assertThat(texts(parser.parse("SELECT (1; SELECT 2;"))).containsExactly("SELECT (1; SELECT 2;");
    }

    @Test
    void unterminatedConstructsSwallowTheRestOfTheFile() {
        ParsedScript script = parser.parse("SELECT 1;\nSELECT 'abc;\nSELECT 3;");
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT 'abc;\nSELECT 3;");
        assertThat(script.statements().get(1).tokens().get(1).unterminated()).isTrue();

        assertThat(texts(parser.parse("SELECT 1; /* open /* nested */ SELECT 2;"))).containsExactly("SELECT 1");
        assertThat(texts(parser.parse("SELECT $f$ x; SELECT 2;"))).containsExactly("SELECT $f$ x; SELECT 2;");
        assertThat(texts(parser.parse("SELECT \"x; SELECT 2;"))).containsExactly("SELECT \"x; SELECT 2;");
    }

    @Test
    void crlfIsOneLineBreak() {
        String sql = "SELECT 1;\r\n\r\n  SELECT\r\n  2;\r\nSELECT 3;";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT\r\n  2", "SELECT 3");
        assertThat(starts(script)).containsExactly("1:1", "3:3", "5:1");
        assertThat(script.statements().get(1).tokens().get(1).line()).isEqualTo(4);
        assertThat(script.statements().get(1).tokens().get(1).column()).isEqualTo(3);
        assertThat(script.statements().get(1).positionOf(11)).isEqualTo(new FilePosition(4, 3));
    }

    @Test
    void aByteOrderMarkIsPartOfNoStatement() {
        String sql = "\uFEFFSELECT 1;\nSELECT 2;";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT 2");
        assertThat(script.statements().get(0).offset()).isEqualTo(1);
        assertThat(starts(script)).containsExactly("1:1", "2:1");
        assertThat(parser.parse("\uFEFF  SELECT 1").statements().get(0).column()).isEqualTo(3);
    }

    @Test
    void psqlMetaCommandsAreNotSpecial() {
        ParsedScript script = parser.parse("\\set x 1\nSELECT 1;");
        assertThat(texts(script)).containsExactly("\\set x 1\nSELECT 1");
        assertThat(script.statements().get(0).tokens().get(0).type()).isEqualTo(TokenType.OPERATOR);
    }

    @Test
    void positionOfMapsErrorPositionsIntoTheFile() {
        String sql = "-- header\n\n    SELECT *\nFROM foo;";
        SqlStatement s = parser.parse(sql).statements().get(0);
        assertThat(s.line()).isEqualTo(3);
        assertThat(s.column()).isEqualTo(5);
        assertThat(s.text()).isEqualTo("SELECT *\nFROM foo");
        assertThat(s.positionOf(15)).isEqualTo(new FilePosition(4, 6));
        assertThat(s.positionOf(1)).isEqualTo(new FilePosition(3, 5));
        assertThat(s.positionOf(8)).isEqualTo(new FilePosition(3, 12));
        assertThat(s.positionOf(10)).isEqualTo(new FilePosition(4, 1));
        assertThat(s.positionOf(17)).isEqualTo(new FilePosition(4, 8));
    }

    @Test
    void positionOfOutOfRangeIsTheStatementStart() {
        SqlStatement s = parser.parse("\n  SELECT 1;").statements().get(0);
        assertThat(s.positionOf(0)).isEqualTo(new FilePosition(2, 3));
        assertThat(s.positionOf(-4)).isEqualTo(new FilePosition(2, 3));
        assertThat(s.positionOf(9)).isEqualTo(new FilePosition(2, 3));
        assertThat(s.positionOf(8)).isEqualTo(new FilePosition(2, 10));
    }

    @Test
    void positionOfCountsCodePoints() {
        SqlStatement s = parser.parse("SELECT '😀😀' AS x").statements().get(0);
        assertThat(s.text().indexOf('x')).isEqualTo(17);
        assertThat(s.positionOf(16)).isEqualTo(new FilePosition(1, 16));
        assertThat(s.tokens().get(s.tokens().size() - 1).column()).isEqualTo(16);
    }

    @Test
    void rejectsNullAndNegativeVersions() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PostgresScriptParser(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
