package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.LockTimeoutException;
import dev.jmigrate.Migrator;
import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDrivers;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.StatementFailedException;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.database.sqlite.SqliteDriver;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite driver against the contract, plus what only SQLite has: the version table's text, the file lock. */
class SqliteDriverTest extends DriverContract {

    @Override
    protected TestTarget newTarget() {
        return new SqliteTarget();
    }

    private SqliteTarget sqlite() {
        return (SqliteTarget) target;
    }

    private static DatabaseDriver open(String url) {
        return DatabaseDrivers.open(DatabaseUrl.parse(url), new DriverSettings("test", "test-host"));
    }

    @Override
    protected String objectsToDrop() {
        return super.objectsToDrop() + "; CREATE TRIGGER parent_log AFTER INSERT ON parent BEGIN"
                + " INSERT INTO child VALUES (NEW.id, NEW.id); UPDATE child SET p = p WHERE id = NEW.id; END;"
                + " CREATE VIEW v2 AS SELECT * FROM v; CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, u TEXT UNIQUE)";
    }

    @Test
    void theVersionTableIsExactlyGolangMigrates() {
        driver.prepare();
        assertThat(target.column("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master"
                + " WHERE tbl_name = 'schema_migrations' ORDER BY type DESC")).containsExactly(
                "table schema_migrations: CREATE TABLE schema_migrations (version uint64,dirty bool)",
                "index version_unique: CREATE UNIQUE INDEX version_unique ON schema_migrations (version)");
    }

    @Test
    void aTableGolangMigrateMadeIsReadAndKept() {
        target.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version uint64,dirty bool);"
                + " CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version);",
                "INSERT INTO schema_migrations (version, dirty) VALUES (44, 1)");
        assertThat(driver.version()).isEqualTo(new VersionState(44, true));
        driver.prepare();
        driver.setVersion(-1, true);
        assertThat(target.value("SELECT version || ' ' || dirty FROM schema_migrations")).isEqualTo("-1 1");
    }

    @Test
    void anyErrorReadingTheVersionIsNoVersionAsInGolangMigrate() {
        target.execute("CREATE TABLE schema_migrations (something_else int)");
        assertThat(driver.version()).isEqualTo(VersionState.none());
    }

    @Test
    void dropLeavesNothingButSqlitesOwnTables() {
        driver.prepare();
        driver.applyInTransaction(statements(objectsToDrop()), VersionState.clean(1), up(1, "x"), null);
        assertThat(target.value("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).isEqualTo("1");
        driver.drop();
        assertThat(target.column("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite%'")).isEmpty();
    }

    @Test
    void xNoTxWrapTurnsWrappingOff() {
        assertThat(driver.wrapsInTransaction()).isTrue();
        try (DatabaseDriver d = open(target.url() + "?x-no-tx-wrap=true")) {
            assertThat(d.wrapsInTransaction()).isFalse();
        }
    }

    @Test
    void foreignKeysFromTheUrlAreEnforced() {
        try (DatabaseDriver d = open(target.url() + "?_foreign_keys=1")) {
            d.execute(statements("CREATE TABLE p (id int PRIMARY KEY)").get(0), null);
            d.execute(statements("CREATE TABLE c (p int REFERENCES p (id))").get(0), null);
            assertThatThrownBy(() -> d.execute(statements("INSERT INTO c VALUES (1)").get(0), null))
                    .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                        assertThat(e.error().message()).contains("FOREIGN KEY constraint failed").contains("SQLITE_CONSTRAINT");
                        assertThat(e.error().vendorCode()).isPositive();
                    });
        }
    }

    @Test
    void theLockIsASidecarFileThatNamesItsHolder() {
        Path lockFile = ((SqliteDriver) driver).lockFile();
        assertThat(lockFile.getFileName().toString()).isEqualTo("test.db.migrate-lock");
        assertThat(driver.lockReport().holder()).isNull();
        try (DatabaseDriver other = target.openDriver()) {
            assertThat(other.tryLock()).isTrue();
            LockReport.Session holder = driver.lockReport().holder();
            assertThat(holder).isNotNull();
            assertThat(holder.id()).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
            assertThat(holder.application()).isEqualTo("jmigrate");
            assertThat(holder.state()).contains(lockFile.toString());
            assertThat(driver.lockReport().waiting()).isEmpty();
            assertThat(driver.tryLock()).isFalse();
            other.unlock();
            assertThat(driver.lockReport().holder()).isNull();
        }
        assertThat(Files.exists(lockFile)).isTrue();
    }

    @Test
    void theLockExcludesAnotherProcessUntilItEndsHoweverItEnds(@TempDir Path empty) throws Exception {
        Process holder = startHolder(target.url());
        try {
            assertThat(driver.tryLock()).isFalse();
            LockReport.Session session = driver.lockReport().holder();
            assertThat(session).isNotNull();
            assertThat(session.id()).isEqualTo(String.valueOf(holder.pid()));
            try (Migrator m = Migrator.builder().path(empty).database(target.url())
                    .lockTimeout(Duration.ofMillis(500)).build()) {
                assertThatThrownBy(() -> m.force(3)).isInstanceOf(LockTimeoutException.class)
                        .hasMessageContaining("session " + holder.pid());
            }
            holder.destroyForcibly();
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(driver.tryLock()).isTrue();
            driver.unlock();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aHolderInAnotherProcessReleasesOnUnlockToo() throws Exception {
        Process holder = startHolder(target.url());
        try {
            assertThat(driver.tryLock()).isFalse();
            holder.getOutputStream().close();
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
            assertThat(driver.tryLock()).isTrue();
            Process second = startHolderExpectingBusy(target.url());
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(3);
            driver.unlock();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void anInMemoryDatabaseNeedsNoLockFile() {
        try (DatabaseDriver a = open("sqlite3://:memory:"); DatabaseDriver b = open("sqlite3://:memory:")) {
            assertThat(((SqliteDriver) a).lockFile()).isNull();
            assertThat(a.tryLock()).isTrue();
            assertThat(b.tryLock()).isTrue();
            a.prepare();
            a.setVersion(3, false);
            assertThat(a.version()).isEqualTo(VersionState.clean(3));
        }
        try (DatabaseDriver a = open("sqlite3://file:jmshared?mode=memory&cache=shared");
             DatabaseDriver b = open("sqlite3://file:jmshared?mode=memory&cache=shared")) {
            assertThat(a.tryLock()).isTrue();
            assertThat(b.tryLock()).isFalse();
            a.unlock();
            assertThat(b.tryLock()).isTrue();
        }
    }

    @Test
    void aFolderThatDoesNotExistIsExplained(@TempDir Path dir) {
        assertThatThrownBy(() -> open("sqlite3://" + dir.resolve("missing/app.db")))
                .isInstanceOf(ConnectionException.class).hasMessageContaining("folder exists");
    }

    @Test
    void aDataSourceConnectionIsAttached() throws Exception {
        Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + sqlite().file(), new java.util.Properties());
        try (DatabaseDriver d = DatabaseDrivers.attach(c, new DriverSettings("t", "h"))) {
            assertThat(d).isInstanceOf(SqliteDriver.class);
            assertThat(((SqliteDriver) d).lockFile()).isEqualTo(((SqliteDriver) driver).lockFile());
            assertThat(d.tryLock()).isTrue();
            assertThat(driver.tryLock()).isFalse();
            d.prepare();
            d.setVersion(3, false);
            assertThat(driver.version()).isEqualTo(VersionState.clean(3));
        }
        assertThat(c.isClosed()).isTrue();
    }

    static Process startHolder(String url) throws Exception {
        Process p = holderProcess(url);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the holder process's first line").isEqualTo("locked");
        return p;
    }

    private static Process startHolderExpectingBusy(String url) throws Exception {
        return holderProcess(url, "300");
    }

    private static Process holderProcess(String url, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SqliteLockHolderMain.class.getName(), url));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
