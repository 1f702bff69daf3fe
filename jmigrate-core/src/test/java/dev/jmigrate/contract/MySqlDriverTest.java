package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDrivers;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.StatementFailedException;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.database.mysql.MySqlDriver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The MySQL driver against the contract, plus what only MySQL has. */
class MySqlDriverTest extends DriverContract {

    @Override
    protected TestTarget newTarget() {
        return new MySqlTarget();
    }

    private MySqlTarget my() {
        return (MySqlTarget) target;
    }

    private static DatabaseDriver open(String url) {
        return DatabaseDrivers.open(DatabaseUrl.parse(url), new DriverSettings("test", "test-host"));
    }

    private String withParams(String params) {
        return target.url() + (target.url().contains("?") ? "&" : "?") + params;
    }

    @Override
    protected String objectsToDrop() {
        return super.objectsToDrop() + "; CREATE TRIGGER parent_ins BEFORE INSERT ON parent FOR EACH ROW SET NEW.id = NEW.id + 0;"
                + " CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;"
                + " CREATE FUNCTION f() RETURNS int DETERMINISTIC RETURN 1;"
                + " CREATE EVENT e ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM parent";
    }

    @Test
    void dropLeavesNoObjectOfAnyKindInTheDatabase() {
        driver.prepare();
        driver.applyInTransaction(statements(objectsToDrop()), VersionState.clean(1), up(1, "x"), null);
        String db = "'" + my().name() + "'";
        assertThat(target.value("SELECT count(*) FROM information_schema.routines WHERE routine_schema = " + db)).isEqualTo("2");
        driver.drop();
        assertThat(target.value("SELECT count(*) FROM information_schema.tables WHERE table_schema = " + db)).isEqualTo("0");
        assertThat(target.value("SELECT count(*) FROM information_schema.routines WHERE routine_schema = " + db)).isEqualTo("0");
        assertThat(target.value("SELECT count(*) FROM information_schema.events WHERE event_schema = " + db)).isEqualTo("0");
        assertThat(target.value("SELECT count(*) FROM information_schema.triggers WHERE trigger_schema = " + db)).isEqualTo("0");
        assertThat(target.value("SELECT @@foreign_key_checks")).isEqualTo("1");
    }

    @Test
    void theVersionTableIsGolangMigratesAndReadsTheirs() {
        target.execute("CREATE TABLE `schema_migrations` (version bigint not null primary key, dirty boolean not null)",
                "INSERT INTO schema_migrations (version, dirty) VALUES (20240131235959, true)");
        assertThat(driver.version()).isEqualTo(new VersionState(20240131235959L, true));
        target.execute("DROP TABLE schema_migrations");
        driver.prepare();
        assertThat(target.column("SELECT concat(column_name, ' ', column_type, ' ', is_nullable, ' ', column_key)"
                + " FROM information_schema.columns WHERE table_schema = '" + my().name() + "'"
                + " AND table_name = 'schema_migrations' ORDER BY ordinal_position"))
                .hasSize(2)
                .satisfies(c -> assertThat(c.get(0)).matches("version bigint(\\(20\\))? NO PRI"))
                .satisfies(c -> assertThat(c.get(1)).isEqualTo("dirty tinyint(1) NO "));
    }

    @Test
    void aMissingVersionTableIsNoVersion() {
        assertThat(driver.version()).isEqualTo(VersionState.none());
        assertThat(target.tables()).isEmpty();
    }

    @Test
    void theLockIsGolangMigratesGetLock() {
        String key = MySqlDriver.lockName(my().name(), "schema_migrations");
        assertThat(((MySqlDriver) driver).lockName()).isEqualTo(key);
        assertThat(driver.tryLock()).isTrue();
        assertThat(target.value("SELECT GET_LOCK('" + key + "', 0)")).isEqualTo("0");
        driver.unlock();
        assertThat(target.value("SELECT GET_LOCK('" + key + "', 0)")).isEqualTo("1");
    }

    @Test
    void golangMigrateHoldingTheLockKeepsUsOut() throws Exception {
        String key = MySqlDriver.lockName(my().name(), "schema_migrations");
        try (Connection golang = MySqlTarget.server().connect(my().name()); Statement s = golang.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT GET_LOCK('" + key + "', 10)")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(driver.tryLock()).isFalse();
            s.execute("DO RELEASE_LOCK('" + key + "')");
            assertThat(driver.tryLock()).isTrue();
            driver.unlock();
        }
    }

    @Test
    void aCustomTableHasItsOwnLock() {
        try (DatabaseDriver d = open(withParams("x-migrations-table=versions"))) {
            assertThat(((MySqlDriver) d).lockName()).isEqualTo(MySqlDriver.lockName(my().name(), "versions"));
            d.prepare();
            d.setVersion(7, false);
            assertThat(target.tables()).containsExactly("versions", "versions_history");
            assertThat(target.value("SELECT version FROM versions")).isEqualTo("7");
            assertThat(driver.tryLock()).isTrue();
            assertThat(d.tryLock()).isTrue();
            d.unlock();
            driver.unlock();
        }
    }

    @Test
    void xNoLockTakesNoLock() {
        try (DatabaseDriver unlocked = open(withParams("x-no-lock=true"))) {
            assertThat(driver.tryLock()).isTrue();
            assertThat(unlocked.tryLock()).isTrue();
            assertThatThrownBy(unlocked::tryLock).isInstanceOf(IllegalStateException.class);
            unlocked.unlock();
            driver.unlock();
        }
    }

    @Test
    void lockReportNamesTheHolderAndASessionWaitingForIt() throws Exception {
        String key = MySqlDriver.lockName(my().name(), "schema_migrations");
        try (DatabaseDriver holder = target.openDriver();
             Connection golang = MySqlTarget.server().connect(my().name())) {
            assertThat(driver.lockReport().holder()).isNull();
            assertThat(holder.tryLock()).isTrue();
            CompletableFuture<Integer> waiter = CompletableFuture.supplyAsync(() -> {
                try (Statement s = golang.createStatement(); ResultSet rs = s.executeQuery("SELECT GET_LOCK('" + key + "', 10)")) {
                    rs.next();
                    return rs.getInt(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            LockReport report = awaitWaiter(driver);
            assertThat(report.holder()).isNotNull();
            assertThat(report.holder().user()).isNotBlank();
            assertThat(report.waiting()).hasSize(1);
            LockReport.Session waiting = report.waiting().get(0);
            assertThat(waiting.waitingFor()).containsIgnoringCase("lock");
            assertThat(waiting.query()).contains("GET_LOCK");
            assertThat(waiting.blockedBy()).containsExactly(report.holder().id());
            holder.unlock();
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    private static LockReport awaitWaiter(DatabaseDriver driver) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(5);
        LockReport report = driver.lockReport();
        while (report.waiting().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(50);
            report = driver.lockReport();
        }
        return report;
    }

    @Test
    void storedProgramsWithCompoundBodiesRunAsOneStatement() {
        driver.prepare();
        for (var statement : statements("DELIMITER //\nCREATE PROCEDURE fill(n int)\nBEGIN\n  DECLARE i int DEFAULT 0;\n"
                + "  WHILE i < n DO INSERT INTO nums VALUES (i); SET i = i + 1; END WHILE;\nEND //\nDELIMITER ;\n"
                + "CREATE TABLE nums (n int);\nCALL fill(3);\n")) {
            driver.execute(statement, null);
        }
        assertThat(target.value("SELECT count(*) FROM nums")).isEqualTo("3");
    }

    @Test
    void theStatementTimeoutCancelsALongStatement() {
        try (DatabaseDriver d = open(withParams("x-statement-timeout=300"))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> d.execute(statements("SELECT SLEEP(5)").get(0), null))
                    .isInstanceOfSatisfying(StatementFailedException.class, e -> assertThat(e.timedOut()).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void errorsReadLikeGoSqlDriversWithTheSqlState() {
        assertThatThrownBy(() -> driver.execute(statements("SELECT * FROM nowhere").get(0), null))
                .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                    assertThat(e.error().message()).startsWith("Error 1146: Table '" + my().name() + ".nowhere' doesn't exist");
                    assertThat(e.error().sqlState()).isEqualTo("42S02");
                    assertThat(e.error().vendorCode()).isEqualTo(1146);
                });
    }

    @Test
    void goSqlDriverSessionVariablesAreSet() {
        try (DatabaseDriver d = open(withParams("time_zone=%27%2B02:00%27&x-migrations-table=v"))) {
            d.execute(statements("CREATE TABLE tz AS SELECT @@session.time_zone AS z").get(0), null);
        }
        assertThat(target.value("SELECT z FROM tz")).isEqualTo("+02:00");
        assertThatThrownBy(() -> open(withParams("no_such_variable=1"))).isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("no_such_variable");
    }

    @Test
    void theUrlFormsAndSchemesAllConnect() {
        String url = target.url();
        String plain = url.replace("tcp(", "").replace(")/", "/");
        for (String u : new String[] {plain, url.replaceFirst("^mysql:", "mariadb:")}) {
            try (DatabaseDriver d = open(u)) {
                assertThat(d.describe()).contains(my().name());
            }
        }
    }

    @Test
    void aUnixSocketConnectsWithoutJna() {
        String socket = target.value("SELECT @@socket");
        org.junit.jupiter.api.Assumptions.assumeTrue(socket != null && java.nio.file.Files.exists(java.nio.file.Path.of(socket))
                && target.url().contains("127.0.0.1"), "the server's socket is not on this machine");
        String url = target.url().replaceFirst("@tcp\\([^)]*\\)/", "@unix(" + socket + ")/");
        assertThat(url).contains("unix(");
        try (DatabaseDriver d = open(url)) {
            d.prepare();
            d.setVersion(9, false);
            assertThat(d.describe()).contains(socket);
        }
        assertThat(driver.version()).isEqualTo(VersionState.clean(9));
        assertThatThrownBy(() -> open(url.replace(socket, "/nonexistent/mysqld.sock")))
                .isInstanceOf(ConnectionException.class).hasMessageContaining("nothing answers on the Unix socket /nonexistent/mysqld.sock");
    }

    @Test
    void withoutADatabaseNameSaysWhatToDo() {
        String url = target.url().substring(0, target.url().indexOf(my().name()));
        assertThatThrownBy(() -> open(url)).isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("no database name").hasMessageContaining("/dbname");
    }

    @Test
    void connectionFailuresAreDiagnosed() {
        assertThatThrownBy(() -> open("mysql://root@tcp(127.0.0.1:1)/db?timeout=2s"))
                .isInstanceOf(ConnectionException.class).hasMessageContaining("nothing accepts connections");
        assertThatThrownBy(() -> open("mysql://root@tcp(no-such-host.invalid:3306)/db?timeout=2s"))
                .isInstanceOf(ConnectionException.class).hasMessageContaining("does not resolve");
        String unknownDb = target.url().replace(my().name(), my().name() + "_missing");
        assertThatThrownBy(() -> open(unknownDb)).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("database does not exist").hasMessageContaining("1049");
        String badPassword = target.url().replaceFirst("://([^:@]*)(:[^@]*)?@", "://$1:Wr0ngS3cret@");
        assertThatThrownBy(() -> open(badPassword)).isInstanceOfSatisfying(ConnectionException.class, e -> {
            assertThat(e.getMessage()).contains("rejected the credentials").contains("1045").doesNotContain("Wr0ngS3cret");
            assertThat(e.sqlState()).isEqualTo("28000");
        });
    }

    @Test
    void tlsAgainstAServerWithoutIt() {
        org.junit.jupiter.api.Assumptions.assumeTrue("DISABLED".equals(target.value("SELECT @@have_ssl"))
                || target.value("SELECT @@have_ssl") == null, "the test server offers TLS");
        assertThatThrownBy(() -> open(withParams("tls=true"))).isInstanceOf(ConnectionException.class)
                .hasMessageContaining("does not offer TLS");
        try (DatabaseDriver d = open(withParams("tls=preferred"))) {
            assertThat(d.version()).isEqualTo(VersionState.none());
        }
    }

    @Test
    void aDataSourceConnectionIsAttached() throws Exception {
        Connection c = MySqlTarget.server().connect(my().name());
        assertThat(c.getMetaData().getDatabaseProductName()).isIn("MySQL", "MariaDB");
        try (DatabaseDriver d = DatabaseDrivers.attach(c, new DriverSettings("t", "h"))) {
            assertThat(d).isInstanceOf(MySqlDriver.class);
            assertThat(((MySqlDriver) d).lockName()).isEqualTo(MySqlDriver.lockName(my().name(), "schema_migrations"));
            d.prepare();
            d.setVersion(3, false);
            assertThat(driver.version()).isEqualTo(VersionState.clean(3));
        }
        assertThat(c.isClosed()).isTrue();
    }
}
