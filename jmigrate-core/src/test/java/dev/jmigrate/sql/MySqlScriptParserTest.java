package dev.jmigrate.sql;

import static dev.jmigrate.sql.Statements.starts;
import static dev.jmigrate.sql.Statements.texts;
import static dev.jmigrate.sql.Statements.tokenTexts;
import static dev.jmigrate.sql.Statements.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlScriptParserTest {
    private final MySqlScriptParser parser = new MySqlScriptParser();

    private static List<Token> lex(String sql) {
        return new MySqlLexer(sql).tokenize();
    }

    @Test
    void stringsUseBackslashEscapesAndDoubledQuotes() {
        assertThat(typed(lex("'a\\'b''c' \"d\\\"e\"\"f\" x"))).containsExactly("STRING 'a\\'b''c'",
                "STRING \"d\\\"e\"\"f\"", "WORD x");
        assertThat(typed(lex("N'x\\'y' X'0F' b'01' _utf8mb4'z'"))).containsExactly("STRING N'x\\'y'",
                "STRING X'0F'", "STRING b'01'", "WORD _utf8mb4", "STRING 'z'");
    }

    @Test
    void backticksQuoteIdentifiers() {
        Token t = lex("`a``b;c`").get(0);
        assertThat(t.type()).isEqualTo(TokenType.QUOTED_IDENTIFIER);
        assertThat(t.identifier()).isEqualTo("a`b;c");
    }

    @Test
    void comments() {
        assertThat(typed(lex("# hash; x\n-- dash\n--\ta\n--\nb /* c; /* d */ e"))).containsExactly(
                "LINE_COMMENT # hash; x", "LINE_COMMENT -- dash", "LINE_COMMENT --\ta", "LINE_COMMENT --",
                "WORD b", "BLOCK_COMMENT /* c; /* d */", "WORD e");
    }

    @Test
    void doubleDashWithoutWhitespaceIsNotAComment() {
        assertThat(typed(lex("SELECT 5--1;"))).containsExactly("WORD SELECT", "NUMBER 5", "OPERATOR -",
                "OPERATOR -", "NUMBER 1", "PUNCTUATION ;");
        ParsedScript script = parser.parse("SELECT 5--1; SELECT 2");
        assertThat(texts(script)).containsExactly("SELECT 5--1", "SELECT 2");
    }

    @Test
    void operatorsAndVariables() {
        assertThat(typed(lex("@a := @@session.x <=> b->>'$.c' != d"))).containsExactly("OPERATOR @", "WORD a",
                "OPERATOR :=", "OPERATOR @@", "WORD session", "PUNCTUATION .", "WORD x", "OPERATOR <=>", "WORD b",
                "OPERATOR ->>", "STRING '$.c'", "OPERATOR !=", "WORD d");
    }

    @Test
    void splitsWithExactTextsAndPositions() {
        String sql = "CREATE TABLE t (a INT);\n# note\n  INSERT INTO t VALUES ('x;y', \"z;\\\"w\");";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("CREATE TABLE t (a INT)",
                "INSERT INTO t VALUES ('x;y', \"z;\\\"w\")");
        assertThat(starts(script)).containsExactly("1:1", "3:3");
        assertThat(script.statements().get(1).offset()).isEqualTo(33);
        assertThat(tokenTexts(script.statements().get(1).comments())).containsExactly("# note");
    }

    @Test
    void executableCommentsAreCodeAndNeverEndAStatement() {
        String sql = "/*!40101 SET NAMES utf8mb4 */;\n"
                + "CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH(a); */ ENGINE=InnoDB;\n"
                + "/* plain; */ SELECT 1;";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("/*!40101 SET NAMES utf8mb4 */",
                "CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH(a); */ ENGINE=InnoDB", "SELECT 1");
        SqlStatement first = script.statements().get(0);
        assertThat(typed(first.tokens())).containsExactly("BLOCK_COMMENT /*!40101 SET NAMES utf8mb4 */");
        assertThat(first.comments()).isEmpty();
        assertThat(tokenTexts(script.statements().get(2).comments())).containsExactly("/* plain; */");
        assertThat(texts(parser.parse("/*M!100100 SET x = 1; */; SELECT 2;")))
                .containsExactly("/*M!100100 SET x = 1; */", "SELECT 2");
    }

    @Test
    void delimiterBlocks() {
        String sql = """
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//
                DELIMITER ;
                CALL p();
                """;
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END", "CALL p()");
        assertThat(starts(script)).containsExactly("2:1", "4:1");
        assertThat(script.statements()).extracting(SqlStatement::index).containsExactly(0, 1);
    }

    @Test
    void delimiterBreaksWordsAndIsCaseInsensitiveAsACommand() {
        String sql = "delimiter $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END$$"
                + "\n  Delimiter ;\nSELECT 1;";
        ParsedScript script = parser.parse(sql);
        assertThat(texts(script)).containsExactly(
                "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; END", "SELECT 1");
    }

    @Test
    void aDelimiterInsideAStringOrCommentDoesNotEndTheStatement() {
        String sql = "DELIMITER ;;\nSELECT ';;' /* ;; */ ;;\nSELECT 2;;";
        assertThat(texts(parser.parse(sql))).containsExactly("SELECT ';;' /* ;; */", "SELECT 2");
    }

    @Test
    void delimiterIsOnlyACommandAtTheStartOfALineOutsideAStatement() {
        ParsedScript script = parser.parse("SELECT 1,\nDELIMITER //\n;SELECT delimiter FROM t;");
        assertThat(texts(script)).containsExactly("SELECT 1,\nDELIMITER //", "SELECT delimiter FROM t");
        assertThat(texts(parser.parse("SELECT 1; DELIMITER //\nSELECT 2//")))
                .containsExactly("SELECT 1", "DELIMITER //\nSELECT 2//");
    }

    @Test
    void aDelimiterLineWithoutArgumentChangesNothing() {
        assertThat(texts(parser.parse("DELIMITER\nSELECT 1; SELECT 2;"))).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void compoundStatementsWithoutDelimiterKeepTheirBody() {
        String sql = """
                CREATE DEFINER=`root`@`%` PROCEDURE p(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  IF n > 0 THEN SET i = 1; END IF;
                  WHILE i < n DO SET i = i + 1; END WHILE;
                  CASE i WHEN 1 THEN SELECT 1; ELSE BEGIN SELECT 2; END; END CASE;
                  SELECT CASE WHEN i > 0 THEN 'a' END;
                END;
                CREATE TABLE t (begin INT, function INT);
                SELECT 1;
                """;
        ParsedScript script = parser.parse(sql);
        assertThat(script.statements()).hasSize(3);
        assertThat(script.statements().get(0).text()).startsWith("CREATE DEFINER").endsWith("'a' END;\nEND");
        assertThat(texts(script).subList(1, 3)).containsExactly("CREATE TABLE t (begin INT, function INT)",
                "SELECT 1");
        assertThat(starts(script)).containsExactly("1:1", "9:1", "10:1");
    }

    @Test
    void mariaDbAnonymousBlocks() {
        assertThat(texts(parser.parse("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END; SELECT 3;")))
                .containsExactly("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END", "SELECT 3");
    }

    @Test
    void unterminatedConstructsExtendToTheEnd() {
        assertThat(texts(parser.parse("SELECT 1; SELECT 'a\\'; SELECT 3;")))
                .containsExactly("SELECT 1", "SELECT 'a\\'; SELECT 3;");
        assertThat(texts(parser.parse("SELECT `a; SELECT 2;"))).containsExactly("SELECT `a; SELECT 2;");
        assertThat(texts(parser.parse("SELECT 1; /*! SET x; SELECT 2;")))
                .containsExactly("SELECT 1", "/*! SET x; SELECT 2;");
        assertThat(parser.parse("SELECT 1; /* x; SELECT 2;").statements()).hasSize(1);
    }

    @Test
    void crlfAndByteOrderMark() {
        ParsedScript script = parser.parse("\uFEFFDELIMITER //\r\nSELECT 1//\r\n  SELECT\r\n2//");
        assertThat(texts(script)).containsExactly("SELECT 1", "SELECT\r\n2");
        assertThat(starts(script)).containsExactly("2:1", "3:3");
        assertThat(script.statements().get(1).positionOf(9)).isEqualTo(new FilePosition(4, 1));
    }

    @Test
    void dmlOnlyFilesAreTransactional() {
        String sql = "INSERT INTO t VALUES (1); UPDATE t SET a = 2; DELETE FROM t; REPLACE INTO t VALUES (3);"
                + " SELECT 1; WITH x AS (SELECT 1) SELECT * FROM x; (SELECT 1) UNION (SELECT 2);"
                + " SET @a = 1; SET NAMES utf8mb4; /*!40101 SET @OLD = @@SQL_MODE */;";
        TransactionRequirement t = parser.parse(sql).transaction();
        assertThat(t.transactional()).isTrue();
        assertThat(parser.parse("").transaction().transactional()).isTrue();
    }

    @Test
    void ddlIsCommittedImplicitly() {
        assertReason("INSERT INTO t VALUES (1);\nCREATE TABLE t (a INT);", "MySQL commits CREATE TABLE implicitly", 2);
        assertReason("alter table t add b int;", "MySQL commits ALTER TABLE implicitly", 1);
        assertReason("CREATE UNIQUE INDEX i ON t (a);", "MySQL commits CREATE INDEX implicitly", 1);
        assertReason("DROP VIEW v;", "MySQL commits DROP VIEW implicitly", 1);
        assertReason("TRUNCATE TABLE t;", "MySQL commits TRUNCATE implicitly", 1);
        assertReason("CALL p();", "MySQL commits CALL implicitly", 1);
        assertReason("GRANT SELECT ON t TO u;", "MySQL commits GRANT implicitly", 1);
        assertReason("/*!50003 CREATE*/ /*!50017 DEFINER=`u`@`%`*/ /*!50003 TRIGGER t BEFORE INSERT ON x"
                + " FOR EACH ROW SET NEW.a = 1 */;", "MySQL commits CREATE TRIGGER implicitly", 1);
        assertReason("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//",
                "MySQL commits CREATE PROCEDURE implicitly", 2);
    }

    @Test
    void transactionControl() {
        assertReason("START TRANSACTION;\nINSERT INTO t VALUES (1);", control("START TRANSACTION", 1), 1);
        assertReason("INSERT INTO t VALUES (1);\nBEGIN;", control("BEGIN", 2), 2);
        assertReason("BEGIN WORK;", control("BEGIN", 1), 1);
        assertReason("COMMIT;", control("COMMIT", 1), 1);
        assertReason("ROLLBACK;", control("ROLLBACK", 1), 1);
        assertReason("SET autocommit = 0;", control("SET AUTOCOMMIT", 1), 1);
        assertReason("SET @@SESSION.autocommit = 0;", control("SET AUTOCOMMIT", 1), 1);
        assertReason("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;", control("SET TRANSACTION", 1), 1);
        assertReason("LOCK TABLES t WRITE;", control("LOCK TABLES", 1), 1);
        assertReason("UNLOCK TABLES;", control("UNLOCK TABLES", 1), 1);
        assertReason("XA START 'x';", control("XA", 1), 1);
        assertReason("/*!40101 SET AUTOCOMMIT=0 */;", control("SET AUTOCOMMIT", 1), 1);
    }

    @Test
    void theMarkerComesFirst() {
        assertReason("-- jmigrate:no-transaction\nCREATE TABLE t (a INT);",
                "the first line carries the no-transaction marker (-- jmigrate:no-transaction)", 1);
    }

    @Test
    void wordsHiddenInStringsCommentsAndIdentifiersDoNotCount() {
        for (String sql : List.of(
                "INSERT INTO t VALUES ('CREATE TABLE x; COMMIT;');",
                "INSERT INTO t VALUES (\"BEGIN; DROP TABLE t;\");",
                "# CREATE TABLE x;\n-- DROP TABLE y;\n/* COMMIT; */ SELECT 1;",
                "SELECT `create`, `commit` FROM `lock`;",
                "SET @autocommit = 0;",
                "UPDATE t SET autocommit_x = 1;")) {
            assertThat(parser.parse(sql).transaction().transactional()).as(sql).isTrue();
        }
    }

    private static String control(String words, int line) {
        return "the file manages its own transaction (" + words + " at line " + line + ")";
    }

    private void assertReason(String sql, String reason, int line) {
        assertThat(parser.parse(sql).transaction()).as(sql).isEqualTo(new TransactionRequirement(false, reason, line));
        if (line == 1 && !sql.contains("\n")) {
            assertHiddenCopiesDoNotCount(sql);
        }
    }

    /** The statement inside a string, a double-quoted string, a backtick identifier or comments. */
    private void assertHiddenCopiesDoNotCount(String statement) {
        for (String sql : new String[] {
            "INSERT INTO t VALUES ('" + statement.replace("\\", "\\\\").replace("'", "\\'") + "');",
            "INSERT INTO t VALUES (\"" + statement.replace("\"", "\"\"") + "\");",
            "SELECT 1 AS `" + statement.replace("`", "``") + "`;",
            "/* " + statement.replace("*/", "") + " */ SELECT 1;",
            "# " + statement + "\n-- " + statement + "\nSELECT 1;",
        }) {
            assertThat(parser.parse(sql).transaction().transactional()).as(sql).isTrue();
            assertThat(parser.parse(sql).statements()).as(sql).hasSize(1);
        }
    }
}
