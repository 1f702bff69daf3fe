package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.database.AdvisoryLockKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** status, validate and locks. */
class InspectionCommandsTest extends PostgresCase {

    @Test
    void statusListsAppliedAndPendingMigrations() {
        migrate("up", "2");
        Migrate.Result r = migrate("status");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines().get(0)).matches("VERSION +TITLE +STATE +APPLIED AT +DURATION +APPLIED BY");
        String applied = " +\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ +" + GO_DURATION + " +postgres";
        assertThat(r.outLines().get(1)).matches("1 +t1 +applied" + applied);
        assertThat(r.outLines().get(2)).matches("3 +t3 +applied" + applied);
        assertThat(r.outLines().get(3)).matches("4 +t4 +pending +- +- +-");
        assertThat(r.outLines().get(4)).matches("5 +t5 +pending +- +- +-");
        assertThat(r.outLines().get(5)).matches("7 +t7 +pending +- +- +-");
        assertThat(r.outLines().subList(6, 9)).containsExactly("", "current version: 3", "migration lock: free");
    }

    @Test
    void statusExitCodes() {
        assertThat(migrate("status", "-exit-code").code()).isEqualTo(StatusCommand.PENDING);
        assertThat(migrate("status").code()).isZero();
        migrate("up");
        assertThat(migrate("status", "--exit-code").code()).isZero();
        Fixtures.write(dir, "4_t4.up.sql", "CREATE TABLE t4 (id bigint);");
        assertThat(migrate("status", "--exit-code").code()).isEqualTo(StatusCommand.PROBLEMS);
    }

    @Test
    void statusOnAFreshDatabase() {
        Migrate.Result r = migrate("status");
        assertThat(r.outLines()).contains("current version: none", "migration lock: free");
    }

    @Test
    void statusAsJson() {
        migrate("up", "2");
        Migrate.Result r = migrate("status", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).hasSize(1);
        assertThat(r.out()).startsWith("{\"version\":3,\"dirty\":false,\"pending\":true,\"problems\":false,\"migrations\":[")
                .containsPattern("\\{\"version\":1,\"title\":\"t1\",\"state\":\"applied\",\"applied_at\":\"\\d{4}-[^\"]+Z\","
                        + "\"duration\":\"" + GO_DURATION + "\",\"applied_by\":\"postgres\"}")
                .contains("{\"version\":7,\"title\":\"t7\",\"state\":\"pending\",\"applied_at\":null,\"duration\":null,\"applied_by\":null}")
                .endsWith("],\"lock\":{\"holder\":null,\"waiting\":[]}}\n");
    }

    @Test
    void statusJsonOnAFreshDatabaseHasANullVersion() {
        assertThat(migrate("status", "-json").out()).startsWith("{\"version\":null,\"dirty\":false,");
    }

    @Test
    void validateSaysOkOnStderr() {
        migrate("up");
        Migrate.Result r = migrate("validate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("ok");
    }

    @Test
    void validateListsProblemsOnStdout() {
        migrate("up");
        Fixtures.write(dir, "4_t4.up.sql", "CREATE TABLE t4 (id bigint);");
        Fixtures.write(dir, "2_t2.up.sql", "CREATE TABLE t2 (id int);");
        Migrate.Result r = migrate("validate");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).startsWith("out-of-order: 2_t2.up.sql");
        assertThat(r.outLines().get(1)).startsWith("modified: 4_t4.up.sql changed since it was applied");
        assertThat(r.err()).isEqualTo("error: 2 problems\n");

        Migrate.Result up = migrate("up");
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.err()).startsWith("error: the migrations folder disagrees");
    }

    @Test
    void outOfOrderMigrationsRunWhenAllowed() {
        migrate("up");
        Fixtures.write(dir, "2_t2.up.sql", "CREATE TABLE t2 (id int);");
        Migrate.Result r = migrate("up", "-allow-out-of-order");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).matches(progress("2/u t2"));
        assertThat(userTables()).contains("t2");
    }

    @Test
    void locksWhenNothingHoldsOrWaits() {
        Migrate.Result r = migrate("locks");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("migration lock: free, no session holds it\nno session is waiting for a lock\n");
    }

    @Test
    void locksShowsTheHolderAndTheWaitingSessions() throws Exception {
        migrate("up");
        try (Connection holder = db.connect(); Connection blocker = db.connect(); Connection waiter = db.connect()) {
            int holderPid = hold(holder, "lock-holder-app");
            int blockerPid = pid(blocker);
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE t1 IN ACCESS EXCLUSIVE MODE");
            }
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> query(waiter, "SELECT count(*) FROM t1"));
            Thread.sleep(500);

            Migrate.Result r = migrate("locks");
            blocker.commit();
            waiting.get(10, TimeUnit.SECONDS);

            assertThat(r.code()).isZero();
            assertThat(r.outLines().get(0)).startsWith("migration lock: held by session " + holderPid
                    + " (user postgres, application lock-holder-app, ");
            assertThat(r.out()).contains("1 session is waiting for a lock:");
            assertThat(r.out()).containsPattern("PID +USER +APPLICATION +CLIENT +WAITING +WAITS FOR +BLOCKED BY +QUERY");
            assertThat(r.out()).containsPattern("\\d+ +postgres +.* +AccessShareLock on t1 +" + blockerPid + " +SELECT count\\(\\*\\) FROM t1");
        }
    }

    @Test
    void aHeldLockMakesMigrationsWaitThenTimeOut() throws Exception {
        try (Connection holder = db.connect()) {
            int holderPid = hold(holder, "lock-holder-app");
            Migrate.Result r = migrate("up", "-lock-timeout", "1");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.errLines().get(0)).startsWith("waiting for the migration lock, held by session " + holderPid
                    + " (user postgres, application lock-holder-app");
            assertThat(r.errLines().get(1)).startsWith("error: timeout: can't acquire database lock");
            Migrate.Result status = migrate("status");
            assertThat(status.out()).contains("migration lock: held by session " + holderPid);
            assertThat(migrate("status", "-json").out()).contains("\"lock\":{\"holder\":{\"id\":\"" + holderPid
                    + "\",\"user\":\"postgres\",\"application\":\"lock-holder-app\",");
        }
    }

    private int hold(Connection c, String application) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET application_name = '" + application + "'");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, AdvisoryLockKey.of("/" + db.name(), "public", "schema_migrations"));
            ps.execute();
        }
        return pid(c);
    }

    private static int pid(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void query(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
