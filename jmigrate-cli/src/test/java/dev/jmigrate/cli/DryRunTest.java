package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --dry-run}: the plan on stdout, a summary on stderr, nothing changed, no prompt. */
class DryRunTest extends PostgresCase {

    @Test
    void upDryRunPrintsThePlanAndChangesNothing() {
        Migrate.Result r = migrate("up", "--dry-run");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("""
                1/u t1 (in a transaction)
                    CREATE TABLE t1 (id int)
                3/u t3 (in a transaction)
                    CREATE TABLE IF NOT EXISTS t3 (id int)
                    CREATE TABLE IF NOT EXISTS t5 (id int)
                4/u t4 (in a transaction)
                    CREATE TABLE t4 (id int)
                5/u <empty> (no file: only the version is recorded)
                7/u t7 (in a transaction)
                    CREATE TABLE t7 (id int)
                """);
        assertThat(r.err()).isEqualTo("dry run: 5 migrations would run, from version none to 7; nothing was changed\n");
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
        assertThat(userTables()).isEmpty();
    }

    @Test
    void upNDryRun() {
        Migrate.Result r = migrate("up", "-dry-run", "1");
        assertThat(r.out()).isEqualTo("1/u t1 (in a transaction)\n    CREATE TABLE t1 (id int)\n");
        assertThat(migrate("up", "0", "--dry-run").err()).isEqualTo("no change\n");
    }

    @Test
    void upNDryRunBeyondTheEndIsShort() {
        migrate("goto", "5");
        Migrate.Result r = migrate("up", "--dry-run", "3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("7/u t7 ");
        assertThat(r.errLines()).last().isEqualTo("error: limit 2 short");
    }

    @Test
    void downDryRunNeverAsks() {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin("n\n"), "down", "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("Are you sure");
        assertThat(r.outLines()).containsExactly("7/d t7 (in a transaction)", "    DROP TABLE t7",
                "5/d t5 (in a transaction)", "    DROP TABLE IF EXISTS t5",
                "4/d t4 (in a transaction)", "    DROP TABLE t4",
                "3/d <empty> (no file: only the version is recorded)",
                "1/d t1 (in a transaction)", "    DROP TABLE t1");
        assertThat(r.err()).isEqualTo("dry run: 5 migrations would run, from version 7 to none; nothing was changed\n");
        assertThat(version()).isEqualTo("7");
        assertThat(migrate("down", "-all", "-dry-run").out()).isEqualTo(r.out());
    }

    @Test
    void downNDryRun() {
        migrate("up");
        Migrate.Result r = migrate("down", "2", "--dry-run");
        assertThat(r.outLines()).containsExactly("7/d t7 (in a transaction)", "    DROP TABLE t7",
                "5/d t5 (in a transaction)", "    DROP TABLE IF EXISTS t5");
        assertThat(migrate("down", "-dry-run", "0").err()).isEqualTo("no change\n");
    }

    @Test
    void gotoDryRun() {
        Migrate.Result r = migrate("goto", "--dry-run", "3");
        assertThat(r.outLines()).containsExactly("1/u t1 (in a transaction)", "    CREATE TABLE t1 (id int)",
                "3/u t3 (in a transaction)", "    CREATE TABLE IF NOT EXISTS t3 (id int)", "    CREATE TABLE IF NOT EXISTS t5 (id int)");
        assertThat(r.err()).isEqualTo("dry run: 2 migrations would run, from version none to 3; nothing was changed\n");
        assertThat(migrate("goto", "--dry-run", "2").err()).startsWith("error: no migration found for version 2");
    }

    @Test
    void aMigrationThatCannotRunInATransactionSaysWhy() {
        migrate("up");
        Fixtures.write(dir, "8_index.up.sql", "CREATE INDEX CONCURRENTLY i7 ON t7 (id);");
        Migrate.Result r = migrate("up", "--dry-run");
        assertThat(r.outLines().get(0)).startsWith("8/u index (statement by statement: ").contains("CONCURRENTLY");
        assertThat(r.outLines().get(1)).isEqualTo("    CREATE INDEX CONCURRENTLY i7 ON t7 (id)");
    }

    @Test
    void nothingToDoIsNoChange() {
        migrate("up");
        Migrate.Result r = migrate("up", "--dry-run");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("no change\n");
    }
}
