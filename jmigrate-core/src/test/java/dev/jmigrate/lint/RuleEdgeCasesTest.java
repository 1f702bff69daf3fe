package dev.jmigrate.lint;

import static dev.jmigrate.lint.LintFixture.foundIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statement forms the corpus does not spell out: qualified and quoted names, odd spacing, words in strings. */
class RuleEdgeCasesTest {
    private static final String LOCK = "SET LOCAL lock_timeout = '2s';\n";

    @TempDir
    Path dir;

    @Test
    void qualifiedAndQuotedTableNamesAreMatchedByTheirLastPart() {
        assertThat(foundIn(dir, "CREATE TABLE app.\"Orders\" (id bigint);\n"
                + "CREATE INDEX ON \"Orders\" (id);\nCREATE INDEX ON orders (id);\n"))
                .containsExactly("3 index-without-concurrently", "3 missing-lock-timeout");
    }

    @Test
    void alterTableIfExistsOnlyIsRecognised() {
        assertThat(foundIn(dir, LOCK + "ALTER TABLE IF EXISTS ONLY public.users DROP COLUMN IF EXISTS x;\n"))
                .containsExactly("2 drop-column");
    }

    @Test
    void severalActionsOfOneAlterTableAreCheckedOneByOne() {
        assertThat(foundIn(dir, LOCK + "ALTER TABLE users\n    ADD COLUMN a text,\n    DROP COLUMN b,\n"
                + "    ALTER COLUMN c TYPE bigint USING c::bigint,\n    ALTER COLUMN d SET NOT NULL;\n"))
                .containsExactly("4 drop-column", "5 change-column-type", "6 set-not-null");
    }

    @Test
    void keywordsInsideStringsCommentsAndDollarQuotesDoNotCount() {
        assertThat(foundIn(dir, "-- DROP TABLE users;\nSELECT 'DROP TABLE users';\n"
                + "CREATE OR REPLACE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\n"
                + "BEGIN DELETE FROM users; UPDATE users SET x = 1; END $$;\n")).isEmpty();
    }

    @Test
    void dropConstraintAndColumnDefaultsAreNotColumnDrops() {
        assertThat(foundIn(dir, LOCK + "ALTER TABLE users DROP CONSTRAINT users_pkey, ALTER COLUMN a DROP DEFAULT,"
                + " ALTER COLUMN b DROP NOT NULL;\n")).isEmpty();
    }

    @Test
    void dropTableOfSeveralTablesReportsEachExistingOne() {
        assertThat(foundIn(dir, LOCK + "CREATE TABLE tmp (id int);\nDROP TABLE tmp, old_a, old_b CASCADE;\n"))
                .containsExactly("3 drop-table", "3 drop-table");
    }

    @Test
    void aStableDefaultIsFineButAVolatileOneNestedInAnExpressionIsNot() {
        assertThat(foundIn(dir, LOCK + "ALTER TABLE users ADD COLUMN a timestamptz DEFAULT now(),\n"
                + "    ADD COLUMN b text DEFAULT md5(random()::text);\n"))
                .containsExactly("3 add-column-volatile-default");
    }

    @Test
    void notValidConstraintsAndPrimaryKeysAreFine() {
        assertThat(foundIn(dir, LOCK + "ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users NOT VALID;\n"
                + "-- lint:ignore foreign-key-without-index\n"
                + "ALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\n"))
                .containsExactly("2 foreign-key-without-index");
    }

    @Test
    void aForeignKeyAddedByAlterTableIsCoveredByAnIndexOfTheSameFile() {
        assertThat(foundIn(dir, "CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint);\n"
                + "ALTER TABLE items ADD CONSTRAINT items_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id);\n"
                + "CREATE INDEX ON items (order_id, id);\n")).isEmpty();
    }

    @Test
    void anExpressionIndexDoesNotCoverAForeignKey() {
        assertThat(foundIn(dir, "CREATE TABLE items (id bigint PRIMARY KEY, code text REFERENCES codes (code));\n"
                + "CREATE INDEX ON items (lower(code));\n")).containsExactly("1 foreign-key-without-index");
    }

    @Test
    void aColumnNamedLikeATypeIsNotThatType() {
        assertThat(foundIn(dir, "CREATE TABLE t (\"timestamp\" timestamptz, serial text, varchar text);\n"))
                .isEmpty();
    }

    @Test
    void typeChangesAreCheckedForStyleToo() {
        assertThat(foundIn(dir, "CREATE TABLE t (a text);\nALTER TABLE t ALTER COLUMN a TYPE varchar(5),"
                + " ADD COLUMN b timestamp;\n")).containsExactly("2 prefer-text", "2 prefer-timestamptz");
    }

    @Test
    void lockTimeoutSetToZeroDoesNotCount() {
        assertThat(foundIn(dir, "SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN IF NOT EXISTS a text;\n"))
                .containsExactly("2 missing-lock-timeout");
        assertThat(foundIn(dir, "SET lock_timeout TO '3s';\nALTER TABLE users ADD COLUMN IF NOT EXISTS a text;\n"))
                .isEmpty();
    }

    @Test
    void onlyTheFirstStrongLockOfAFileIsReported() {
        assertThat(foundIn(dir, "TRUNCATE users;\nLOCK TABLE users;\nVACUUM FULL users;\n"))
                .containsExactly("1 missing-lock-timeout");
    }

    @Test
    void validatingAConstraintTakesNoStrongLock() {
        assertThat(foundIn(dir, "ALTER TABLE users VALIDATE CONSTRAINT c;\n")).isEmpty();
    }

    @Test
    void updateAndDeleteWithUsingOrFromNeedAWhereAtTopLevel() {
        assertThat(foundIn(dir, "DELETE FROM a USING b;\nUPDATE ONLY a SET x = (SELECT 1 FROM b WHERE b.y = 2);\n"
                + "DELETE FROM a WHERE CURRENT OF c;\n"))
                .containsExactly("1 unbounded-update-delete", "2 unbounded-update-delete");
    }

    @Test
    void concurrentlyAfterACommitIsOutsideTheTransaction() {
        assertThat(foundIn(dir, "BEGIN;\nCOMMIT;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\n")).isEmpty();
    }

    @Test
    void reindexAndDetachConcurrentlyCountAsConcurrent() {
        assertThat(foundIn(dir, "REINDEX INDEX CONCURRENTLY i;\nALTER TABLE p DETACH PARTITION c CONCURRENTLY;\n"))
                .containsExactly("1 concurrently-with-other-statements", "2 concurrently-with-other-statements");
    }

    @Test
    void anUnterminatedFileIsLintedWithoutFailing() {
        assertThat(foundIn(dir, "CREATE TABLE t (a varchar(10)")).containsExactly("1 prefer-text");
        assertThat(foundIn(dir, "SELECT 'open string")).isEmpty();
    }

    @Test
    void ignoreFileInATrailingCommentAfterTheLastStatementWorks() {
        assertThat(foundIn(dir, "CREATE TABLE t (a varchar(10)); -- lint:ignore-file prefer-text")).isEmpty();
        assertThat(foundIn(dir, "\uFEFFCREATE TABLE t (a varchar(10));\n/* lint:ignore-file all\n */")).isEmpty();
    }
}
