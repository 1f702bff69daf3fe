package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.database.AdvisoryLockKey;
import dev.jmigrate.database.postgres.PostgresDriver;
import org.junit.jupiter.api.Test;

/** The PostgreSQL driver against the contract, plus what only PostgreSQL has. */
class PostgresDriverTest extends DriverContract {

    @Override
    protected TestTarget newTarget() {
        return new PostgresTarget();
    }

    @Override
    protected String objectsToDrop() {
        return super.objectsToDrop() + "; CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one; CREATE SEQUENCE seq;"
                + " CREATE TYPE mood AS ENUM ('ok'); CREATE DOMAIN posint AS int CHECK (VALUE > 0);"
                + " CREATE TYPE pair AS (a int, b int); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;"
                + " CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$";
    }

    @Test
    void dropLeavesNoObjectOfAnyKindInTheSchema() {
        driver.prepare();
        driver.applyInTransaction(statements(objectsToDrop()), VersionState.clean(1), up(1, "x"), null);
        driver.drop();
        assertThat(target.value("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public'")).isEqualTo("0");
        assertThat(target.value("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = 'public'")).isEqualTo("0");
        assertThat(target.value("SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE n.nspname = 'public'")).isEqualTo("0");
    }

    @Test
    void theVersionTableIsGolangMigratesAndReadsTheirs() {
        target.execute("CREATE TABLE IF NOT EXISTS \"public\".\"schema_migrations\" (version bigint not null primary key, dirty boolean not null)",
                "INSERT INTO schema_migrations (version, dirty) VALUES (20240131235959, true)");
        assertThat(driver.version()).isEqualTo(new VersionState(20240131235959L, true));
        driver.prepare();
        assertThat(target.column("SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'schema_migrations' ORDER BY ordinal_position"))
                .containsExactly("version bigint NO", "dirty boolean NO");
        assertThat(target.value("SELECT string_agg(a.attname, ',') FROM pg_index i JOIN pg_attribute a"
                + " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'schema_migrations'::regclass"
                + " AND i.indisprimary")).isEqualTo("version");
    }

    @Test
    void theLockIsGolangMigratesAdvisoryLock() {
        String path = "/" + ((PostgresTarget) target).database().name();
        long key = AdvisoryLockKey.of(path, "public", "schema_migrations");
        assertThat(((PostgresDriver) driver).lockKey()).isEqualTo(key);
        assertThat(driver.tryLock()).isTrue();
        assertThat(target.value("SELECT pg_try_advisory_lock(" + key + ")")).isEqualTo("f");
        driver.unlock();
        assertThat(target.value("SELECT pg_try_advisory_lock(" + key + ")")).isEqualTo("t");
    }

    @Test
    void commitsAreAsynchronousUntilFlushMakesThemDurable() {
        driver.prepare();
        driver.applyInTransaction(statements("CREATE TABLE during AS SELECT current_setting('synchronous_commit') AS v"),
                VersionState.clean(1), up(1, "during"), null);
        driver.flush();
        driver.applyInTransaction(statements("CREATE TABLE after AS SELECT current_setting('synchronous_commit') AS v"),
                VersionState.clean(2), up(2, "after"), null);
        assertThat(target.value("SELECT v FROM during")).isEqualTo("off");
        assertThat(target.value("SELECT v FROM after")).isEqualTo("on");
    }

    @Test
    void aFlushAfterNothingWrittenCommitsNothing() {
        try (DatabaseDriver other = target.openDriver()) {
            other.prepare();
        }
        driver.prepare();
        driver.version();
        driver.history();
        driver.flush();
        driver.applyInTransaction(statements("CREATE TABLE after AS SELECT current_setting('synchronous_commit') AS v"),
                VersionState.clean(1), up(1, "after"), null);
        assertThat(target.value("SELECT v FROM after")).as("the flush did not run: the session still commits asynchronously")
                .isEqualTo("off");
    }

    /**
     * pgjdbc forgets its server-prepared statements after every CREATE, ALTER or DROP unless told not to, and a
     * migration run would then parse the step's record-and-commit statement again at every step.
     */
    @Test
    void theStepRecordStaysPreparedAcrossMigrationsThatChangeTheSchema() {
        driver.prepare();
        for (int v = 1; v <= 6; v++) {
            driver.applyInTransaction(statements("CREATE TABLE t" + v + " (x int)"), VersionState.clean(v), up(v, "t" + v), null);
        }
        driver.execute(statements("CREATE TABLE mark AS SELECT clock_timestamp() AS at").get(0), null);
        for (int v = 7; v <= 9; v++) {
            driver.applyInTransaction(statements("ALTER TABLE t1 ADD COLUMN c" + v + " int"), VersionState.clean(v), up(v, "c" + v), null);
        }
        driver.execute(statements("CREATE TABLE prepared AS SELECT statement, prepare_time FROM pg_prepared_statements").get(0), null);
        assertThat(target.value("SELECT count(*) FROM prepared, mark WHERE statement LIKE 'WITH h AS%' AND prepare_time < mark.at"))
                .isEqualTo("1");
    }

    @Test
    void lockReportNamesTheHolder() {
        try (DatabaseDriver other = target.openDriver()) {
            assertThat(driver.lockReport().holder()).isNull();
            assertThat(other.tryLock()).isTrue();
            LockReport.Session holder = driver.lockReport().holder();
            assertThat(holder).isNotNull();
            assertThat(holder.application()).isEqualTo("jmigrate");
            other.unlock();
        }
    }

    @Test
    void tablesFollowTheSearchPathAndQuotedNames() {
        target.execute("CREATE SCHEMA app");
        try (DatabaseDriver d = dev.jmigrate.database.DatabaseDrivers.open(
                dev.jmigrate.database.DatabaseUrl.parse(target.url() + "&search_path=app"),
                new dev.jmigrate.database.DriverSettings("t", "h"))) {
            d.prepare();
            assertThat(target.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tablename = 'schema_migrations'")).isEqualTo("1");
        }
        try (DatabaseDriver d = dev.jmigrate.database.DatabaseDrivers.open(
                dev.jmigrate.database.DatabaseUrl.parse(target.url() + "&x-migrations-table=%22meta%22.%22versions%22&x-migrations-table-quoted=1"),
                new dev.jmigrate.database.DriverSettings("t", "h"))) {
            d.prepare();
            d.setVersion(7, false);
            assertThat(target.value("SELECT version FROM meta.versions")).isEqualTo("7");
        }
    }
}
