package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.StatementFailedException;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.sql.SqlStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database driver must do, against the real server. A driver's test extends this class and
 * says how to make a fresh database.
 */
public abstract class DriverContract {
    protected TestTarget target;
    protected DatabaseDriver driver;

    /** A fresh, empty database of the driver's kind. */
    protected abstract TestTarget newTarget();

    @BeforeEach
    void connect() {
        target = newTarget();
        driver = target.openDriver();
    }

    @AfterEach
    void disconnect() {
        driver.close();
        target.close();
    }

    protected List<SqlStatement> statements(String sql) {
        return driver.scriptParser().parse(sql).statements();
    }

    protected static HistoryRecord up(long version, String title) {
        return new HistoryRecord(version, title, HistoryRecord.Kind.UP, version, "abc123", "transaction",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), Duration.ofMillis(12), null, null, null, true, 2, 2, null);
    }

    @Test
    void freshDatabaseHasNoVersionAndNoHistory() {
        assertThat(driver.version()).isEqualTo(VersionState.none());
        assertThat(driver.history()).isEmpty();
    }

    @Test
    void prepareCreatesTheTablesOnceAndIsIdempotent() {
        driver.prepare();
        driver.prepare();
        assertThat(target.tables()).contains(driver.migrationsTable(), driver.historyTable());
        assertThat(driver.version()).isEqualTo(VersionState.none());
    }

    @Test
    void versionRoundTripsEveryStateGolangMigrateWrites() {
        driver.prepare();
        driver.setVersion(1, true);
        assertThat(driver.version()).isEqualTo(new VersionState(1, true));
        driver.setVersion(2, false);
        assertThat(driver.version()).isEqualTo(new VersionState(2, false));
        driver.setVersion(-1, true);
        assertThat(driver.version()).isEqualTo(new VersionState(-1, true));
        driver.setVersion(-1, false);
        assertThat(driver.version()).isEqualTo(VersionState.none());
        assertThat(target.value("SELECT count(*) FROM " + driver.migrationsTable())).isEqualTo("0");
    }

    @Test
    void theVersionTableHoldsOneRowAtMost() {
        driver.prepare();
        driver.setVersion(3, true);
        driver.setVersion(3, false);
        driver.setVersion(4, false);
        assertThat(target.value("SELECT count(*) FROM " + driver.migrationsTable())).isEqualTo("1");
    }

    @Test
    void theLockIsExclusiveBetweenSessions() {
        try (DatabaseDriver other = target.openDriver()) {
            assertThat(driver.tryLock()).isTrue();
            assertThat(other.tryLock()).isFalse();
            driver.unlock();
            assertThat(other.tryLock()).isTrue();
            assertThat(driver.tryLock()).isFalse();
            other.unlock();
        }
    }

    @Test
    void takingTheLockTwiceInOneDriverIsAnError() {
        assertThat(driver.tryLock()).isTrue();
        assertThatThrownBy(driver::tryLock).isInstanceOf(IllegalStateException.class);
        driver.unlock();
    }

    @Test
    void closingTheDriverReleasesTheLock() {
        try (DatabaseDriver other = target.openDriver()) {
            DatabaseDriver holder = target.openDriver();
            assertThat(holder.tryLock()).isTrue();
            holder.close();
            assertThat(other.tryLock()).isTrue();
            other.unlock();
        }
    }

    @Test
    void applyInTransactionRunsAMultiStatementScriptAndRecordsTheStep() {
        driver.prepare();
        driver.applyInTransaction(statements("CREATE TABLE a (id int); CREATE TABLE b (id int);\nINSERT INTO a VALUES (1);"),
                VersionState.clean(5), up(5, "ab"), null);
        assertThat(target.tables()).contains("a", "b");
        assertThat(target.value("SELECT count(*) FROM a")).isEqualTo("1");
        assertThat(driver.version()).isEqualTo(VersionState.clean(5));
        List<HistoryRecord> history = driver.history();
        assertThat(history).hasSize(1);
        HistoryRecord row = history.get(0);
        assertThat(row.version()).isEqualTo(5);
        assertThat(row.title()).isEqualTo("ab");
        assertThat(row.kind()).isEqualTo(HistoryRecord.Kind.UP);
        assertThat(row.checksum()).isEqualTo("abc123");
        assertThat(row.success()).isTrue();
        assertThat(row.appliedBy()).isNotBlank();
        assertThat(row.clientHost()).isEqualTo("test-host");
        assertThat(row.toolVersion()).isEqualTo("test");
    }

    @Test
    void aFailedStatementInATransactionLeavesNothingBehind() {
        driver.prepare();
        driver.setVersion(1, false);
        List<SqlStatement> script = statements("INSERT INTO " + driver.migrationsTable() + " VALUES (99, false);\n"
                + target.syntaxError() + ";");
        assertThatThrownBy(() -> driver.applyInTransaction(script, VersionState.clean(2), up(2, "x"), null))
                .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                    assertThat(e.statementIndex()).isEqualTo(1);
                    assertThat(e.error().message()).isNotBlank();
                });
        assertThat(driver.version()).isEqualTo(VersionState.clean(1));
        assertThat(driver.history()).isEmpty();
        if (target.transactionalDdl()) {
            assertThat(target.value("SELECT count(*) FROM " + driver.migrationsTable())).isEqualTo("1");
        }
    }

    @Test
    void executeRunsOneStatementOutsideATransaction() {
        driver.execute(statements("CREATE TABLE solo (id int)").get(0), null);
        assertThat(target.tables()).contains("solo");
        assertThatThrownBy(() -> driver.execute(statements(target.syntaxError()).get(0), null))
                .isInstanceOf(StatementFailedException.class);
        assertThat(target.tables()).contains("solo");
    }

    @Test
    void recordAppendsHistoryWithOrWithoutAVersionChange() {
        driver.prepare();
        driver.record(VersionState.clean(3), up(3, "three"));
        driver.record(null, new HistoryRecord(3, "three", HistoryRecord.Kind.DOWN, -1, null, "statements", Instant.now(),
                Duration.ZERO, null, null, null, false, 1, 2, "boom"));
        assertThat(driver.version()).isEqualTo(VersionState.clean(3));
        List<HistoryRecord> history = driver.history();
        assertThat(history).extracting(HistoryRecord::kind).containsExactly(HistoryRecord.Kind.UP, HistoryRecord.Kind.DOWN);
        assertThat(history.get(1).success()).isFalse();
        assertThat(history.get(1).error()).isEqualTo("boom");
        assertThat(history.get(1).statementsApplied()).isEqualTo(1);
    }

    @Test
    void theHistoryOutlineIsTheHistoryWithoutItsDetails() {
        assertThat(driver.historyOutline()).isEmpty();
        driver.prepare();
        driver.record(VersionState.clean(3), up(3, "three"));
        driver.record(null, new HistoryRecord(3, "three", HistoryRecord.Kind.DOWN, -1, null, "statements", Instant.now(),
                Duration.ZERO, null, null, null, false, 1, 2, "boom"));
        driver.record(VersionState.clean(7), new HistoryRecord(7, "", HistoryRecord.Kind.FORCE, 7, null, "none", Instant.now(),
                Duration.ZERO, null, null, null, true, 0, 0, null));
        assertThat(driver.historyOutline()).isEqualTo(driver.history().stream()
                .map(r -> HistoryRecord.outline(r.version(), r.kind(), r.schemaVersion(), r.success())).toList());
    }

    @Test
    void recordingVersionNoneEmptiesTheVersionTable() {
        driver.prepare();
        driver.record(VersionState.clean(3), up(3, "three"));
        driver.record(VersionState.none(), up(3, "three"));
        assertThat(driver.version()).isEqualTo(VersionState.none());
        assertThat(driver.history()).hasSize(2);
    }

    @Test
    void dropEmptiesTheSchema() {
        driver.prepare();
        driver.setVersion(4, false);
        driver.applyInTransaction(statements(objectsToDrop()), VersionState.clean(5), up(5, "objects"), null);
        driver.drop();
        assertThat(target.tables()).isEmpty();
        assertThat(driver.version()).isEqualTo(VersionState.none());
        assertThat(driver.history()).isEmpty();
        driver.prepare();
        driver.applyInTransaction(statements(objectsToDrop()), VersionState.clean(5), up(5, "objects"), null);
    }

    /** A script creating tables with a foreign key, a view and a trigger-free index: what drop must remove. */
    protected String objectsToDrop() {
        return "CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, p int REFERENCES parent (id));"
                + " CREATE VIEW v AS SELECT id FROM parent; CREATE INDEX child_p ON child (p)";
    }

    @Test
    void describesItselfWithoutPassword() {
        assertThat(driver.describe()).isNotBlank();
        for (String secret : dev.jmigrate.database.DatabaseUrl.parse(target.url()).secrets()) {
            assertThat(driver.describe()).doesNotContain(secret);
        }
    }
}
