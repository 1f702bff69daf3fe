package dev.jmigrate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.jmigrate.contract.MigrationFolder;
import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import dev.jmigrate.verify.VerifyReport.Outcome;
import dev.jmigrate.verify.VerifyReport.VersionResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DownVerifierTest {
    private static final Path REPOSITORY_MIGRATIONS = Path.of("../migrations");

    @TempDir
    Path dir;

    private TestDatabase db;

    @BeforeEach
    void setUp() {
        db = TestPostgres.server().createDatabase();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private DownVerifier.Builder verifier(Path folder) {
        return DownVerifier.builder().source(folder).database(db.url()).connector(db::connect);
    }

    private static MigrationFolder correctSet(Path dir) {
        return new MigrationFolder(dir)
                .file("000001_users.up.sql", "CREATE TYPE mood AS ENUM ('happy', 'sad');\n"
                        + "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL,"
                        + " mood mood);\n"
                        + "CREATE UNIQUE INDEX idx_users_email ON users (email);\n")
                .file("000001_users.down.sql", "DROP TABLE users;\nDROP TYPE mood;\n")
                .file("000002_orders.up.sql", "CREATE SEQUENCE order_numbers;\n"
                        + "CREATE TABLE orders (id bigint PRIMARY KEY DEFAULT nextval('order_numbers'),"
                        + " user_id bigint REFERENCES users (id));\n"
                        + "CREATE FUNCTION order_count(u bigint) RETURNS bigint LANGUAGE sql"
                        + " AS $$ SELECT count(*) FROM orders WHERE user_id = u $$;\n")
                .file("000002_orders.down.sql", "DROP FUNCTION order_count(bigint);\nDROP TABLE orders;\n"
                        + "DROP SEQUENCE order_numbers;\n")
                .file("000003_phone.up.sql", "ALTER TABLE users ADD COLUMN phone varchar(20);\n"
                        + "COMMENT ON COLUMN users.phone IS 'E.164';\n")
                .file("000003_phone.down.sql", "ALTER TABLE users DROP COLUMN phone;\n");
    }

    @Test
    void aCorrectSetPasses() {
        correctSet(dir);
        List<VersionResult> heard = new ArrayList<>();

        VerifyReport report = verifier(dir).listener(heard::add).build().verify();

        assertThat(report.results()).extracting(VersionResult::version, VersionResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Outcome.VERIFIED),
                org.assertj.core.groups.Tuple.tuple(2L, Outcome.VERIFIED),
                org.assertj.core.groups.Tuple.tuple(3L, Outcome.VERIFIED));
        assertThat(report.passed()).isTrue();
        assertThat(report.exitStatus()).isZero();
        assertThat(report.summary()).isEqualTo("verify passed: 3 versions verified");
        assertThat(heard).isEqualTo(report.results());
        assertThat(db.value("SELECT version FROM schema_migrations")).isEqualTo("3");
        assertThat(report.describe()).contains("  ok      1 (users): the down migration restores the schema\n");
    }

    static Stream<Arguments> forgottenObjects() {
        return Stream.of(
                Arguments.of("a column", "ALTER TABLE users ADD COLUMN phone varchar(20);\n", "SELECT 1;\n",
                        "column public.users.phone still exists (character varying(20), nullable)"),
                Arguments.of("an index", "CREATE INDEX idx_users_email ON users (email);\n", "SELECT 1;\n",
                        "index public.idx_users_email still exists"),
                Arguments.of("a type", "CREATE TYPE mood AS ENUM ('happy', 'sad');\n", "SELECT 1;\n",
                        "enum type public.mood still exists ('happy', 'sad')"),
                Arguments.of("a function", "CREATE FUNCTION twice(i integer) RETURNS integer LANGUAGE sql"
                                + " AS 'SELECT i * 2';\n", "SELECT 1;\n",
                        "function public.twice(integer) still exists"),
                Arguments.of("a sequence", "CREATE SEQUENCE order_numbers;\n", "SELECT 1;\n",
                        "sequence public.order_numbers still exists"),
                Arguments.of("a dropped column", "ALTER TABLE users DROP COLUMN email;\n",
                        "ALTER TABLE users ADD COLUMN email text;\n",
                        "column public.users.email changed: nullability not null -> nullable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgottenObjects")
    void aDownThatForgetsAnObjectFailsNamingExactlyThatObject(String what, String up, String down, String expected) {
        new MigrationFolder(dir)
                .file("000001_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n")
                .file("000001_users.down.sql", "DROP TABLE users;\n")
                .file("000002_change.up.sql", up)
                .file("000002_change.down.sql", down)
                .file("000003_later.up.sql", "CREATE TABLE later (id int);\n")
                .file("000003_later.down.sql", "DROP TABLE later;\n");

        VerifyReport report = verifier(dir).build().verify();

        assertThat(report.passed()).isFalse();
        assertThat(report.exitStatus()).isEqualTo(1);
        VersionResult failure = report.firstFailure().orElseThrow();
        assertThat(failure.version()).isEqualTo(2);
        assertThat(failure.outcome()).isEqualTo(Outcome.NOT_REVERTED);
        assertThat(failure.differences()).extracting(SchemaDifference::describe).containsExactly(expected);
        assertThat(report.results()).extracting(VersionResult::outcome)
                .containsExactly(Outcome.VERIFIED, Outcome.NOT_REVERTED, Outcome.NOT_CHECKED);
        assertThat(report.summary()).isEqualTo("verify failed at version 2 (change): the down migration does not"
                + " undo the up migration; 1 version verified, 1 not checked");
        assertThat(report.describe()).contains("  FAILED  2 (change): the down migration does not undo the up"
                + " migration\n            " + expected + "\n");
    }

    @Test
    void theSparseLayoutIsWalkedWithGolangMigrateSemantics() {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "CREATE TABLE t1 (id int);\n").file("1_a.down.sql", "DROP TABLE t1;\n")
                .file("3_b.up.sql", "CREATE TABLE t3 (id int);\n")
                .file("4_c.up.sql", "CREATE TABLE t4 (id int);\n").file("4_c.down.sql", "DROP TABLE t4;\n")
                .file("5_d.down.sql", "SELECT 1;\n")
                .file("7_e.up.sql", "CREATE TABLE t7 (id int);\n").file("7_e.down.sql", "DROP TABLE t7;\n");

        VerifyReport report = verifier(dir).build().verify();

        assertThat(report.results()).extracting(VersionResult::version).containsExactly(1L, 3L, 4L, 5L, 7L);
        assertThat(report.results()).extracting(VersionResult::outcome).containsExactly(Outcome.VERIFIED,
                Outcome.NOT_REVERSIBLE, Outcome.VERIFIED, Outcome.DOWN_ONLY, Outcome.VERIFIED);
        assertThat(report.passed()).isTrue();
        assertThat(report.summary()).isEqualTo("verify passed: 3 versions verified, 1 not reversible (no down file),"
                + " 1 with only a down file");
        assertThat(report.describe()).contains("  skipped 3 (b): not reversible (no down file); left applied\n");
        assertThat(db.tables()).contains("t1", "t3", "t4", "t7");
    }

    @Test
    void stoppingAtAnIrreversibleVersionFails() {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "CREATE TABLE t1 (id int);\n")
                .file("2_b.up.sql", "CREATE TABLE t2 (id int);\n").file("2_b.down.sql", "DROP TABLE t2;\n");

        VerifyReport report = verifier(dir).stopAtIrreversible(true).build().verify();

        assertThat(report.results()).extracting(VersionResult::outcome)
                .containsExactly(Outcome.IRREVERSIBLE_STOP, Outcome.NOT_CHECKED);
        assertThat(report.passed()).isFalse();
        assertThat(report.summary()).startsWith("verify failed at version 1 (a): not reversible (no down file)");
    }

    @Test
    void theReferenceSparseLayoutWorksOnAForcedDatabase() {
        db.execute("CREATE TABLE events (step text)");
        MigrationFolder.sparse(dir);

        assertThatThrownBy(() -> verifier(dir).build().verify()).isInstanceOf(DownVerifierException.class)
                .hasMessageContaining("not empty (it holds table public.events)").hasMessageContaining("--force");

        VerifyReport report = verifier(dir).force(true).build().verify();

        assertThat(report.results()).extracting(VersionResult::outcome).containsExactly(Outcome.VERIFIED,
                Outcome.NOT_REVERSIBLE, Outcome.VERIFIED, Outcome.DOWN_ONLY, Outcome.VERIFIED);
        assertThat(db.column("SELECT step FROM events"))
                .containsExactly("1u", "1d", "1u", "3u", "4u", "4d", "4u", "7u", "7d", "7u");
    }

    @Test
    void aFailingDownIsReportedWithTheDatabaseError() {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "CREATE TABLE t1 (id int);\n").file("1_a.down.sql", "DROP TABLE t_one;\n");

        VerifyReport report = verifier(dir).build().verify();

        VersionResult failure = report.firstFailure().orElseThrow();
        assertThat(failure.outcome()).isEqualTo(Outcome.DOWN_FAILED);
        assertThat(failure.detail()).contains("t_one");
        assertThat(report.describe()).contains("FAILED  1 (a): the down migration failed\n").contains("t_one");
    }

    @Test
    void aFailingUpIsReported() {
        new MigrationFolder(dir).file("1_a.up.sql", "CREATE TABLE t1 (id no_such_type);\n")
                .file("1_a.down.sql", "DROP TABLE t1;\n");

        VerifyReport report = verifier(dir).build().verify();

        assertThat(report.results()).extracting(VersionResult::outcome).containsExactly(Outcome.UP_FAILED);
        assertThat(report.firstFailure().orElseThrow().detail()).contains("no_such_type");
    }

    @Test
    void anUpThatCannotRunAgainAfterItsDownFails() {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "CREATE TABLE roles (name text PRIMARY KEY);\n")
                .file("1_a.down.sql", "DROP TABLE roles;\n")
                .file("2_b.up.sql", "INSERT INTO roles VALUES ('admin');\n")
                .file("2_b.down.sql", "SELECT 1;\n");

        VerifyReport report = verifier(dir).build().verify();

        assertThat(report.results()).extracting(VersionResult::outcome)
                .containsExactly(Outcome.VERIFIED, Outcome.REAPPLY_FAILED);
        assertThat(report.firstFailure().orElseThrow().detail()).contains("duplicate key");
    }

    @Test
    void aDataOnlyMigrationVerifiesWithANote() {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "CREATE TABLE roles (name text PRIMARY KEY);\n")
                .file("1_a.down.sql", "DROP TABLE roles;\n")
                .file("2_b.up.sql", "INSERT INTO roles VALUES ('admin');\n")
                .file("2_b.down.sql", "DELETE FROM roles WHERE name = 'admin';\n");

        VerifyReport report = verifier(dir).build().verify();

        assertThat(report.passed()).isTrue();
        assertThat(report.results().get(1).detail()).isEqualTo("the up migration changes no schema object");
    }

    @Test
    void aDirtyDatabaseIsRefused() {
        new MigrationFolder(dir)
                .file("1_a.up.sql", "-- jmigrate:no-transaction\nCREATE TABLE t1 (id int);\nSELECT 1/0;\n")
                .file("1_a.down.sql", "DROP TABLE t1;\n");

        assertThat(verifier(dir).build().verify().results()).extracting(VersionResult::outcome)
                .containsExactly(Outcome.UP_FAILED);
        assertThatThrownBy(() -> verifier(dir).force(true).build().verify())
                .isInstanceOf(DownVerifierException.class).hasMessageContaining("dirty at version 1");
    }

    @Test
    void aForcedRunStartsAtTheDatabaseVersion() {
        correctSet(dir);
        verifier(dir).build().verify();
        new MigrationFolder(dir).file("000004_notes.up.sql", "CREATE TABLE notes (id int);\n")
                .file("000004_notes.down.sql", "SELECT 1;\n");

        VerifyReport report = verifier(dir).force(true).build().verify();

        assertThat(report.results()).extracting(VersionResult::version).containsExactly(4L);
        assertThat(report.firstFailure().orElseThrow().differences()).extracting(SchemaDifference::describe)
                .containsExactly("table public.notes still exists");
    }

    @Test
    void aCustomVersionTableIsLeftOutOfTheSnapshots() {
        correctSet(dir);

        VerifyReport report = DownVerifier.builder().source(dir)
                .database(db.url() + "&x-migrations-table=my_versions").connector(db::connect).build().verify();

        assertThat(report.passed()).isTrue();
        assertThat(db.tables()).contains("my_versions", "my_versions_history");
    }

    @Test
    void aDataSourceServesTheMigratorAndTheSnapshots() {
        correctSet(dir);

        VerifyReport report = DownVerifier.builder().source(dir).dataSource(new TestDataSource(db)).build().verify();

        assertThat(report.passed()).as(report.describe()).isTrue();
        assertThat(report.count(Outcome.VERIFIED)).isEqualTo(3);
    }

    @Test
    void versionTablesComeFromTheUrl() {
        assertThat(DownVerifier.versionTables("postgres://h/db"))
                .isEqualTo(Set.of("schema_migrations", "schema_migrations_history"));
        assertThat(DownVerifier.versionTables("postgres://h/db?sslmode=disable&x-migrations-table=v"))
                .isEqualTo(Set.of("v", "v_history"));
        assertThat(DownVerifier.versionTables("postgres://h/db?x-migrations-table=%22app%22.%22Ver%22"
                + "&x-migrations-table-quoted=1")).isEqualTo(Set.of("Ver", "Ver_history"));
    }

    @Test
    void aBuilderWithoutItsRequiredPartsIsRefused() {
        assertThatThrownBy(() -> DownVerifier.builder().source(dir).build()).isInstanceOf(IllegalStateException.class);
    }

    /** Connections of a test database, as an embedded server's data source would hand them out. */
    private static final class TestDataSource implements DataSource {
        private final TestDatabase db;

        TestDataSource(TestDatabase db) {
            this.db = db;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return db.connect();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return db.connect();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    @Test
    void theRepositoryMigrationsPass() {
        assumeThat(Files.isDirectory(REPOSITORY_MIGRATIONS)).as("the repository's migrations folder exists").isTrue();

        VerifyReport report = verifier(REPOSITORY_MIGRATIONS).build().verify();

        assertThat(report.passed()).as(report.describe()).isTrue();
        assertThat(report.count(Outcome.VERIFIED)).isPositive();
    }
}
