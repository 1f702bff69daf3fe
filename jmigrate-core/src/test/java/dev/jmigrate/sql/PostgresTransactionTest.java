package dev.jmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTransactionTest {
    private final PostgresScriptParser modern = new PostgresScriptParser(0);

    private static TransactionRequirement classify(PostgresScriptParser parser, String sql) {
        return parser.parse(sql).transaction();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a int); INSERT INTO t VALUES (1);",
        "CREATE INDEX i ON t (a);",
        "DROP INDEX i;",
        "REINDEX INDEX i;",
        "REINDEX TABLE t;",
        "REINDEX (VERBOSE) TABLE t;",
        "REINDEX (CONCURRENTLY false) TABLE t;",
        "ALTER TABLE p DETACH PARTITION c;",
        "ALTER TABLE p DETACH PARTITION c FINALIZE;",
        "ALTER TABLE p ADD COLUMN concurrently int;",
        "ALTER DATABASE d SET search_path = x;",
        "ALTER DATABASE d RENAME TO e;",
        "ALTER SUBSCRIPTION s DISABLE;",
        "ALTER SUBSCRIPTION s SET PUBLICATION p WITH (refresh = false);",
        "ALTER SUBSCRIPTION s ADD PUBLICATION p WITH (copy_data = false, refresh = off);",
        "DISCARD PLANS;",
        "CLUSTER t;",
        "CLUSTER VERBOSE t USING i;",
        "ALTER TYPE mood ADD VALUE 'meh';",
        "SAVEPOINT s; RELEASE SAVEPOINT s;",
        "PREPARE q AS SELECT 1;",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY v;",
        "SELECT vacuum, begin, commit FROM t;",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;",
    })
    void transactionalFiles(String sql) {
        TransactionRequirement t = classify(modern, sql);
        assertThat(t.transactional()).as(sql).isTrue();
        assertThat(t.reason()).isNull();
        assertThat(t.line()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "CREATE INDEX CONCURRENTLY i ON t (a)              | CREATE INDEX CONCURRENTLY",
        "create unique index concurrently if not exists i on t (a) | CREATE UNIQUE INDEX CONCURRENTLY",
        "DROP INDEX CONCURRENTLY IF EXISTS i               | DROP INDEX CONCURRENTLY",
        "REINDEX INDEX CONCURRENTLY i                      | REINDEX INDEX CONCURRENTLY",
        "REINDEX (VERBOSE) TABLE CONCURRENTLY t            | REINDEX TABLE CONCURRENTLY",
        "REINDEX (CONCURRENTLY) TABLE t                    | REINDEX (CONCURRENTLY) TABLE",
        "REINDEX (VERBOSE, CONCURRENTLY true) INDEX i      | REINDEX (CONCURRENTLY) INDEX",
        "REINDEX SCHEMA public                             | REINDEX SCHEMA",
        "REINDEX (VERBOSE) DATABASE d                      | REINDEX DATABASE",
        "REINDEX SYSTEM CONCURRENTLY d                     | REINDEX SYSTEM",
        "ALTER TABLE p DETACH PARTITION c CONCURRENTLY     | ALTER TABLE ... DETACH PARTITION CONCURRENTLY",
        "ALTER TABLE IF EXISTS s.p DETACH PARTITION s.\"c\" CONCURRENTLY | ALTER TABLE ... DETACH PARTITION CONCURRENTLY",
        "VACUUM                                            | VACUUM",
        "vacuum (analyze) t                                | VACUUM",
        "CREATE DATABASE d                                 | CREATE DATABASE",
        "DROP DATABASE IF EXISTS d                         | DROP DATABASE",
        "ALTER DATABASE d SET TABLESPACE fast              | ALTER DATABASE ... SET TABLESPACE",
        "CREATE TABLESPACE fast LOCATION '/x'              | CREATE TABLESPACE",
        "DROP TABLESPACE fast                              | DROP TABLESPACE",
        "ALTER SYSTEM SET work_mem = '64MB'                | ALTER SYSTEM",
        "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p | CREATE SUBSCRIPTION",
        "DROP SUBSCRIPTION s                               | DROP SUBSCRIPTION",
        "ALTER SUBSCRIPTION s REFRESH PUBLICATION WITH (copy_data = false) | ALTER SUBSCRIPTION ... REFRESH PUBLICATION",
        "ALTER SUBSCRIPTION s SET PUBLICATION p            | ALTER SUBSCRIPTION ... SET PUBLICATION with refresh",
        "ALTER SUBSCRIPTION s ADD PUBLICATION p WITH (refresh = true) | ALTER SUBSCRIPTION ... ADD PUBLICATION with refresh",
        "DISCARD ALL                                       | DISCARD ALL",
        "CLUSTER                                           | CLUSTER",
        "CLUSTER VERBOSE                                   | CLUSTER VERBOSE",
        "CLUSTER (VERBOSE)                                 | CLUSTER",
    })
    void statementsThatCannotRunInATransactionBlock(String statement, String words) {
        String sql = "CREATE TABLE x (a int);\n-- " + statement + " in a comment first\n" + statement + ";\n";
        TransactionRequirement t = classify(modern, sql);
        assertThat(t.transactional()).isFalse();
        assertThat(t.reason()).isEqualTo(words + " cannot run inside a transaction block");
        assertThat(t.line()).isEqualTo(3);
        assertHiddenCopiesDoNotCount(statement);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BEGIN                          | BEGIN",
        "begin transaction              | BEGIN",
        "BEGIN WORK                     | BEGIN",
        "BEGIN ISOLATION LEVEL SERIALIZABLE | BEGIN",
        "START TRANSACTION              | START TRANSACTION",
        "COMMIT                         | COMMIT",
        "COMMIT AND CHAIN               | COMMIT",
        "END                            | END",
        "ROLLBACK                       | ROLLBACK",
        "ROLLBACK TO SAVEPOINT s        | ROLLBACK",
        "ABORT                          | ABORT",
        "PREPARE TRANSACTION 'x'        | PREPARE TRANSACTION",
        "COMMIT PREPARED 'x'            | COMMIT PREPARED",
        "ROLLBACK PREPARED 'x'          | ROLLBACK PREPARED",
    })
    void transactionControl(String statement, String words) {
        String sql = "SELECT 1;\n\n  " + statement + ";\nCREATE INDEX CONCURRENTLY i ON t (a);";
        TransactionRequirement t = classify(modern, sql);
        assertThat(t.transactional()).isFalse();
        assertThat(t.reason()).isEqualTo("the file manages its own transaction (" + words + " at line 3)");
        assertThat(t.line()).isEqualTo(3);
        assertHiddenCopiesDoNotCount(statement);
    }

    /** The statement's words inside a string, an escape string, a dollar quote, an identifier or a comment. */
    private void assertHiddenCopiesDoNotCount(String statement) {
        for (String sql : new String[] {
            "SELECT '" + statement.replace("'", "''") + ";';",
            "SELECT E'\\';" + statement.replace("'", "\\'") + ";';",
            "SELECT $$" + statement + ";$$;",
            "SELECT $q$ $$; " + statement + "; $q$;",
            "SELECT 1 AS \"" + statement.replace("\"", "\"\"") + ";\";",
            "/* " + statement + "; /* nested */ " + statement + "; */ SELECT 1;",
            "-- " + statement + ";\nSELECT 1;",
        }) {
            assertThat(classify(modern, sql).transactional()).as(sql).isTrue();
            assertThat(modern.parse(sql).statements()).as(sql).hasSize(1);
        }
    }

    @Test
    void theMarkerComesFirst() {
        String sql = "-- jmigrate:no-transaction\nBEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);";
        TransactionRequirement t = classify(modern, sql);
        assertThat(t).isEqualTo(new TransactionRequirement(false,
                "the first line carries the no-transaction marker (-- jmigrate:no-transaction)", 1));
    }

    @Test
    void theMarkerAloneMakesAFileNonTransactional() {
        TransactionRequirement t = classify(modern, "-- jmigrate:no-transaction\nCREATE TABLE t (a int);");
        assertThat(t.transactional()).isFalse();
        assertThat(t.line()).isEqualTo(1);
    }

    @Test
    void theFirstCauseInFileOrderWins() {
        TransactionRequirement t = classify(modern, "VACUUM;\nBEGIN;");
        assertThat(t.reason()).isEqualTo("VACUUM cannot run inside a transaction block");
        assertThat(t.line()).isEqualTo(1);

        t = classify(modern, "SELECT 1;\nCOMMIT;\nVACUUM;");
        assertThat(t.reason()).isEqualTo("the file manages its own transaction (COMMIT at line 2)");
    }

    @Test
    void alterTypeAddValueDependsOnTheServerVersion() {
        String sql = "SELECT 1;\nALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok';";
        TransactionRequirement old = classify(new PostgresScriptParser(11), sql);
        assertThat(old.reason()).isEqualTo("ALTER TYPE ... ADD VALUE cannot run inside a transaction block");
        assertThat(old.line()).isEqualTo(2);
        assertThat(classify(new PostgresScriptParser(1), sql).transactional()).isFalse();
        assertThat(classify(new PostgresScriptParser(12), sql).transactional()).isTrue();
        assertThat(classify(new PostgresScriptParser(0), sql).transactional()).isTrue();
        assertThat(classify(new PostgresScriptParser(11), "ALTER TYPE mood RENAME VALUE 'a' TO 'b';")
                .transactional()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 'CREATE INDEX CONCURRENTLY i ON t (a); VACUUM; BEGIN;';",
        "SELECT E'\\'; VACUUM; \\'';",
        "-- VACUUM;\n-- BEGIN;\nSELECT 1;",
        "/* CREATE DATABASE d; /* nested */ VACUUM; */ SELECT 1;",
        "DO $$ BEGIN EXECUTE 'VACUUM'; COMMIT; END $$;",
        "CREATE FUNCTION f() RETURNS void AS $body$ BEGIN; COMMIT; VACUUM; $body$ LANGUAGE sql;",
        "CREATE TABLE \"VACUUM\" (\"BEGIN\" int); SELECT \"COMMIT\" FROM \"DISCARD ALL\";",
        "CREATE TABLE t (\"CONCURRENTLY\" int); CREATE INDEX \"CONCURRENTLY\" ON t (\"CONCURRENTLY\");",
        "COMMENT ON TABLE t IS 'ALTER SYSTEM SET x = 1';",
        "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;",
    })
    void wordsHiddenInStringsCommentsDollarQuotesAndIdentifiersDoNotCount(String sql) {
        assertThat(classify(modern, sql).transactional()).as(sql).isTrue();
    }
}
