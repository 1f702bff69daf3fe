package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint and verify commands, as a user runs them. */
class LintVerifyCommandTest {
    @TempDir
    Path tmp;

    private Path folder(String upSql, String downSql) {
        Path dir = tmp.resolve("migrations");
        Fixtures.write(dir, "000001_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);");
        Fixtures.write(dir, "000001_users.down.sql", "DROP TABLE users;");
        Fixtures.write(dir, "000002_phone.up.sql", upSql);
        Fixtures.write(dir, "000002_phone.down.sql", downSql);
        return dir;
    }

    @Test
    void lintReportsFindingsWithFileLineAndRuleAndFailsOnErrors() {
        Path dir = folder("CREATE INDEX users_email ON users (email);", "DROP INDEX IF EXISTS users_email;");
        Migrate.Result r = Migrate.tool().env("DATABASE_URL", "postgres://u:s3cr3t@no-such-host.invalid/db").run("lint", "-path", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains(dir.resolve("000002_phone.up.sql") + ":1:1: error index-without-concurrently:");
        assertThat(r.out()).contains("(fix: ");
    }

    @Test
    void lintFormatsForMachinesAndCi() {
        Path dir = folder("ALTER TABLE users ADD COLUMN phone varchar(20);", "ALTER TABLE users DROP COLUMN phone;");
        Migrate.Result json = Migrate.tool().run("lint", "-path", dir.toString(), "-format", "json");
        assertThat(json.out()).contains("\"rule\": \"prefer-text\"").contains("\"line\": 1");
        Migrate.Result github = Migrate.tool().run("lint", "-path", dir.toString(), "-format", "github");
        assertThat(github.out()).contains("::warning file=" + dir.resolve("000002_phone.up.sql") + ",line=1,");
        assertThat(Migrate.tool().run("lint", "-path", dir.toString(), "-format", "yaml").code()).isEqualTo(2);
    }

    @Test
    void lintRulesCanBeSwitchedOffForARun() {
        Path dir = folder("ALTER TABLE users ADD COLUMN phone varchar(20);", "ALTER TABLE users DROP COLUMN phone;");
        Migrate.Result r = Migrate.tool().run("lint", "-path", dir.toString(), "-rule", "prefer-text=off",
                "-rule", "missing-lock-timeout=off");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).doesNotContain("prefer-text");
    }

    @Test
    void lintPassesTheRepositoryMigrations() {
        Migrate.Result r = Migrate.tool().run("lint", "-path", Path.of("..", "migrations").toString());
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void verifyPassesACorrectSetAndNamesWhatABadDownForgets() {
        Path dir = folder("ALTER TABLE users ADD COLUMN phone text;", "SELECT 1;");
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            Migrate.Result r = Migrate.tool().run("verify", "-path", dir.toString(), "-database", db.url());
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("column public.users.phone still exists");
        }
        Fixtures.write(dir, "000002_phone.down.sql", "ALTER TABLE users DROP COLUMN phone;");
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            Migrate.Result r = Migrate.tool().run("verify", "-path", dir.toString(), "-database", db.url());
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("verify passed");
        }
    }

    @Test
    void verifyRefusesADatabaseThatIsNotEmpty() {
        Path dir = folder("ALTER TABLE users ADD COLUMN phone text;", "ALTER TABLE users DROP COLUMN phone;");
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            db.execute("CREATE TABLE precious (id int)");
            Migrate.Result r = Migrate.tool().run("verify", "-path", dir.toString(), "-database", db.url());
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(db.tables()).contains("precious");
        }
    }

    @Test
    void verifyNeverUsesDatabaseUrlAndDefaultsToAScratchServer() {
        Path dir = folder("ALTER TABLE users ADD COLUMN phone text;", "ALTER TABLE users DROP COLUMN phone;");
        Migrate.Result r = Migrate.tool().env("DATABASE_URL", "postgres://u:s3cr3t@no-such-host.invalid/db")
                .run("verify", "-path", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("scratch embedded PostgreSQL");
    }
}
