package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** up, down, goto, force and version against PostgreSQL, on golang-migrate's sparse layout. */
class MigrateCommandsTest extends PostgresCase {

    @Test
    void versionOnAFreshDatabaseIsNoMigration() {
        Migrate.Result r = migrate("version");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: no migration\n");
    }

    @Test
    void upAppliesEverythingWithProgressOnStderr() {
        Migrate.Result r = migrate("up");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(5);
        assertThat(r.errLines().get(0)).matches(progress("1/u t1"));
        assertThat(r.errLines().get(1)).matches(progress("3/u t3"));
        assertThat(r.errLines().get(2)).matches(progress("4/u t4"));
        assertThat(r.errLines().get(3)).matches(progress("5/u <empty>"));
        assertThat(r.errLines().get(4)).matches(progress("7/u t7"));
        assertThat(userTables()).containsExactly("t1", "t3", "t4", "t5", "t7");

        Migrate.Result version = migrate("version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("7\n");
        assertThat(version.err()).isEmpty();

        Migrate.Result again = migrate("up");
        assertThat(again.code()).isZero();
        assertThat(again.err()).isEqualTo("no change\n");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void optionsWorkAfterTheCommandWithOneOrTwoDashes() {
        Migrate.Result r = Migrate.tool().run("up", "2", "--path=" + dir, "-database", db.url());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Migrate.tool().run("version", "-path", dir.toString(), "--database", db.url()).out()).isEqualTo("3\n");
        assertThat(Migrate.tool().run("--path", dir.toString(), "-database=" + db.url(), "version").out()).isEqualTo("3\n");
    }

    @Test
    void upNAppliesN() {
        Migrate.Result r = migrate("up", "2");
        assertThat(r.code()).isZero();
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(1)).matches(progress("3/u t3"));
        assertThat(version()).isEqualTo("3");
    }

    @Test
    void upZeroIsNoChange() {
        Migrate.Result r = migrate("up", "0");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEqualTo("no change\n");
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
    }

    @Test
    void extraArgumentsOfUpAreIgnored() {
        Migrate.Result r = migrate("up", "1", "whatever", "else");
        assertThat(r.code()).isZero();
        assertThat(version()).isEqualTo("1");
    }

    @Test
    void upBeyondTheLastVersionIsShort() {
        migrate("goto", "5");
        Migrate.Result r = migrate("up", "3");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).matches(progress("7/u t7"));
        assertThat(r.errLines().get(1)).isEqualTo("error: limit 2 short");
        assertThat(version()).isEqualTo("7");
    }

    @Test
    void upAtTheLastVersionHasNoFile() {
        migrate("up");
        Migrate.Result r = migrate("up", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: file does not exist");
    }

    @Test
    void upOnAnEmptyFolderSaysSo() throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.createDirectory(tmp.resolve("empty"));
        Migrate.Result r = Migrate.tool().run("-path", empty.toString(), "-database", db.url(), "up", "2");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: no migrations in " + empty);
    }

    @Test
    void downNRevertsN() {
        migrate("up");
        Migrate.Result r = migrate("down", "2");
        assertThat(r.code()).isZero();
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).matches(progress("7/d t7"));
        assertThat(r.errLines().get(1)).matches(progress("5/d t5"));
        assertThat(version()).isEqualTo("4");
        assertThat(userTables()).containsExactly("t1", "t3", "t4");
    }

    @Test
    void downBeyondTheFirstVersionIsShort() {
        migrate("goto", "3");
        Migrate.Result r = migrate("down", "5");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(3);
        assertThat(r.errLines().get(0)).matches(progress("3/d <empty>"));
        assertThat(r.errLines().get(1)).matches(progress("1/d t1"));
        assertThat(r.errLines().get(2)).isEqualTo("error: limit 3 short");
    }

    @Test
    void downWithNothingAppliedHasNoFile() {
        Migrate.Result r = migrate("down", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: file does not exist");
    }

    @Test
    void downAllRevertsEverythingWithoutAsking() {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin("n\n"), "down", "-all");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("Are you sure");
        assertThat(r.errLines()).hasSize(5);
        assertThat(userTables()).containsExactly("t3");
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
        assertThat(migrate("down", "-all").err()).isEqualTo("no change\n");
    }

    @Test
    void gotoMovesUpAndDown() {
        Migrate.Result up = migrate("goto", "4");
        assertThat(up.code()).isZero();
        assertThat(up.errLines()).hasSize(3);
        assertThat(version()).isEqualTo("4");
        Migrate.Result down = migrate("goto", "1");
        assertThat(down.errLines()).hasSize(2);
        assertThat(down.errLines().get(0)).matches(progress("4/d t4"));
        assertThat(down.errLines().get(1)).matches(progress("3/d <empty>"));
        assertThat(migrate("goto", "1").err()).isEqualTo("no change\n");
    }

    @Test
    void gotoAVersionNotInTheFolderFails() {
        Migrate.Result r = migrate("goto", "2");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: no migration found for version 2");
        assertThat(r.err().split("error:", -1)).hasSize(2);
    }

    @Test
    void forceSetsTheVersionAndMinusOneNeedsNoDoubleDash() {
        Migrate.Result r = migrate("force", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        assertThat(version()).isEqualTo("3");
        assertThat(userTables()).isEmpty();

        assertThat(migrate("force", "-1").code()).isZero();
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");

        assertThat(migrate("force", "4").code()).isZero();
        assertThat(migrate("force", "--", "-1").code()).isZero();
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
    }

    @Test
    void versionShowsADirtyDatabase() {
        db.execute("CREATE TABLE schema_migrations (version bigint not null primary key, dirty boolean not null)",
                "INSERT INTO schema_migrations VALUES (4, true)");
        Migrate.Result r = migrate("version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("4 (dirty)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void versionHidesMinusOneDirtyAsGolangMigrateDoes() {
        db.execute("CREATE TABLE schema_migrations (version bigint not null primary key, dirty boolean not null)",
                "INSERT INTO schema_migrations VALUES (-1, true)");
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
        Migrate.Result up = migrate("up");
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.err()).startsWith("error: Dirty database version -1. Fix and force version.\n");
    }

    @Test
    void aDatabaseMigratedByGolangMigrateIsAdoptedWithANotice() {
        db.execute("CREATE TABLE t1 (id int)", "CREATE TABLE t3 (id int)",
                "CREATE TABLE schema_migrations (version bigint not null primary key, dirty boolean not null)",
                "INSERT INTO schema_migrations VALUES (3, false)");
        Migrate.Result r = migrate("up");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.errLines().get(0)).startsWith("history started at version 3");
        assertThat(r.errLines().get(1)).matches(progress("4/u t4"));
    }

    /** Rows written by one transaction share its xmin: how many commits recorded the up steps after history row {@code id}. */
    private String upCommitsAfter(int id) {
        return db.value("SELECT count(DISTINCT xmin::text) FROM schema_migrations_history WHERE kind = 'up' AND id > " + id);
    }

    @Test
    void groupCommitSetsHowLongQuickMigrationsShareACommit() {
        assertThat(migrate("up", "-group-commit", "0").code()).isZero();
        assertThat(upCommitsAfter(0)).as("1, 3, 4, 5 and 7 each committed alone").isEqualTo("5");
        assertThat(migrate("down", "-all").code()).isZero();
        assertThat(migrate("-group-commit=1m", "up").code()).isZero();
        assertThat(upCommitsAfter(10)).as("1, 3 and 4 share a commit; the nil migration 5 has its own; 7 starts another")
                .isEqualTo("3");
        Migrate.Result negative = migrate("up", "-group-commit", "-1s");
        assertThat(negative.code()).isEqualTo(1);
        assertThat(negative.err()).isEqualTo("error: -group-commit must not be negative, got -1s\n");
    }

    @Test
    void aFailedTransactionalMigrationIsReportedOnceAndLeavesNoDirt() {
        Fixtures.write(dir, "8_bad.up.sql", "CREATE TABLE t8 (id int);\nCREATE TABLEE oops (id int);");
        Migrate.Result r = migrate("up");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().split("error: ", -1)).hasSize(2);
        assertThat(r.err()).contains("error: migration 8/u (8_bad.up.sql) failed at line 2", "TABLEE");
        assertThat(version()).isEqualTo("7");
        assertThat(userTables()).doesNotContain("t8");
    }
}
