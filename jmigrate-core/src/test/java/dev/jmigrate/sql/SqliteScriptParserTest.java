package dev.jmigrate.sql;

import static dev.jmigrate.sql.Statements.starts;
import static dev.jmigrate.sql.Statements.texts;
import static dev.jmigrate.sql.Statements.tokenTexts;
import static dev.jmigrate.sql.Statements.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteScriptParserTest {
    private final SqliteScriptParser parser = new SqliteScriptParser();

    private static List<Token> lex(String sql) {
        return new SqliteLexer(sql).tokenize();
    }

    @Test
    void stringsAndQuotedIdentifiers() {
        assertThat(typed(lex("'a''b\\' \"c\"\"d\" `e``f` [g\"h] X'0A'"))).containsExactly("STRING 'a''b\\'",
                "QUOTED_IDENTIFIER \"c\"\"d\"", "QUOTED_IDENTIFIER `e``f`", "QUOTED_IDENTIFIER [g\"h]",
                "STRING X'0A'");
        assertThat(lex("[a;b]").get(0).identifier()).isEqualTo("a;b");
    }

    @Test
    void commentsDoNotNest() {
        assertThat(typed(lex("--x\n/* a /* b */ c */"))).containsExactly("LINE_COMMENT --x",
                "BLOCK_COMMENT /* a /* b */", "WORD c", "OPERATOR *", "OPERATOR /");
    }

    @Test
    void parametersAndOperators() {
        assertThat(typed(lex("? ?12 :a @b $c a||b a->>'x' a==b"))).containsExactly("PARAMETER ?",
                "PARAMETER ?12", "PARAMETER :a", "PARAMETER @b", "PARAMETER $c", "WORD a", "OPERATOR ||", "WORD b",
                "WORD a", "OPERATOR ->>", "STRING 'x'", "WORD a", "OPERATOR ==", "WORD b");
    }

    @Test
    void splitsWithExactTextsAndPositions() {
        String sql = "CREATE TABLE [t;1] (\"a;\" TEXT DEFAULT 'x;y');\n -- c\n   INSERT INTO `t;1` VALUES (1);";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("CREATE TABLE [t;1] (\"a;\" TEXT DEFAULT 'x;y')",
                "INSERT INTO `t;1` VALUES (1)");
        assertThat(starts(script)).containsExactly("1:1", "3:4");
        assertThat(tokenTexts(script.statements().get(1).comments())).containsExactly("-- c");
    }

    @Test
    void triggerBodiesKeepTheirSemicolons() {
        String sql = """
                CREATE TRIGGER trg AFTER INSERT ON t
                WHEN new.a = CASE WHEN 1 THEN 1 END
                BEGIN
                  UPDATE u SET b = CASE new.a WHEN 1 THEN 'x' ELSE 'y' END;
                  DELETE FROM v;
                END;
                CREATE TEMP TRIGGER t2 BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no;'); END;
                create temporary trigger if not exists t3 after update on t begin select 1; end;
                SELECT 4;
                """;
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("""
                CREATE TRIGGER trg AFTER INSERT ON t
                WHEN new.a = CASE WHEN 1 THEN 1 END
                BEGIN
                  UPDATE u SET b = CASE new.a WHEN 1 THEN 'x' ELSE 'y' END;
                  DELETE FROM v;
                END""", "CREATE TEMP TRIGGER t2 BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no;'); END",
                "create temporary trigger if not exists t3 after update on t begin select 1; end", "SELECT 4");
        assertThat(starts(script)).containsExactly("1:1", "7:1", "8:1", "9:1");
        assertThat(script.transaction().transactional()).isTrue();
    }

    @Test
    void aTopLevelBeginIsNoBody() {
        ParsedScript script = parser.parse("BEGIN;\nCREATE TABLE t (a);\nEND;");
        assertThat(texts(script)).containsExactly("BEGIN", "CREATE TABLE t (a)", "END");
    }

    @Test
    void unterminatedConstructsExtendToTheEnd() {
        assertThat(texts(parser.parse("SELECT 1; SELECT [a; SELECT 2;"))).containsExactly("SELECT 1",
                "SELECT [a; SELECT 2;");
        assertThat(texts(parser.parse("SELECT 'a; SELECT 2;"))).containsExactly("SELECT 'a; SELECT 2;");
        assertThat(texts(parser.parse("SELECT 1; /* a; SELECT 2;"))).containsExactly("SELECT 1");
        assertThat(lex("[a").get(0).unterminated()).isTrue();
    }

    @Test
    void crlfAndByteOrderMark() {
        ParsedScript script = parser.parse("\uFEFF SELECT 1;\r\n\r\nSELECT\r\n 2;");
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT\r\n 2");
        assertThat(starts(script)).containsExactly("1:2", "3:1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BEGIN                       | BEGIN",
        "BEGIN IMMEDIATE TRANSACTION | BEGIN",
        "begin deferred              | BEGIN",
        "BEGIN EXCLUSIVE             | BEGIN",
        "COMMIT TRANSACTION          | COMMIT",
        "END TRANSACTION             | END",
        "END                         | END",
        "ROLLBACK                    | ROLLBACK",
    })
    void transactionControl(String statement, String words) {
        TransactionRequirement t = parser.parse("CREATE TABLE t (a);\n" + statement + ";").transaction();
        assertThat(t).isEqualTo(new TransactionRequirement(false,
                "the file manages its own transaction (" + words + " at line 2)", 2));
        assertHiddenCopiesDoNotCount(statement);
    }

    /** The statement inside a string, quoted identifiers or comments. */
    private void assertHiddenCopiesDoNotCount(String statement) {
        for (String sql : new String[] {
            "SELECT '" + statement.replace("'", "''") + ";';",
            "SELECT 1 AS \"" + statement + ";\", 2 AS [" + statement + ";], 3 AS `" + statement + ";`;",
            "/* " + statement + "; */ SELECT 1; -- " + statement + ";",
        }) {
            assertThat(parser.parse(sql).transaction().transactional()).as(sql).isTrue();
            assertThat(parser.parse(sql).statements()).as(sql).hasSize(1);
        }
    }

    @Test
    void statementsWithoutEffectInsideATransaction() {
        assertThat(parser.parse("SELECT 1;\nVACUUM;").transaction()).isEqualTo(
                new TransactionRequirement(false, "VACUUM cannot run inside a transaction", 2));
        assertHiddenCopiesDoNotCount("VACUUM");
        assertHiddenCopiesDoNotCount("PRAGMA foreign_keys = ON");
        assertHiddenCopiesDoNotCount("PRAGMA journal_mode = WAL");
        assertThat(parser.parse("PRAGMA foreign_keys = ON;").transaction()).isEqualTo(
                new TransactionRequirement(false, "PRAGMA foreign_keys has no effect inside a transaction", 1));
        assertThat(parser.parse("pragma main.JOURNAL_MODE=WAL;").transaction()).isEqualTo(
                new TransactionRequirement(false, "PRAGMA journal_mode has no effect inside a transaction", 1));
        assertThat(parser.parse("-- jmigrate:no-transaction\nCREATE TABLE t (a);").transaction()).isEqualTo(
                new TransactionRequirement(false,
                        "the first line carries the no-transaction marker (-- jmigrate:no-transaction)", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a); INSERT INTO t VALUES (1);",
        "SAVEPOINT s; RELEASE s;",
        "PRAGMA user_version = 3;",
        "PRAGMA defer_foreign_keys = ON;",
        "INSERT INTO t VALUES ('BEGIN; VACUUM; PRAGMA foreign_keys = ON;');",
        "-- VACUUM;\n/* COMMIT; */ SELECT 1;",
        "CREATE TABLE \"vacuum\" ([begin] INT, `commit` INT);",
        "CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;",
    })
    void transactionalFiles(String sql) {
        assertThat(parser.parse(sql).transaction().transactional()).as(sql).isTrue();
    }
}
