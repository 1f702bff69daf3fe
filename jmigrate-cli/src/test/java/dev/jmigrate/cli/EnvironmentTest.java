package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** DATABASE_URL, MIGRATION_DIR and MIGRATION_TIMEOUT. */
class EnvironmentTest extends PostgresCase {

    @Test
    void databaseUrlAndMigrationDirComeFromTheEnvironment() {
        Migrate tool = Migrate.tool().env(Settings.DATABASE_URL, db.url()).env(Settings.MIGRATION_DIR, dir.toString());
        Migrate.Result r = tool.run("up", "2");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(tool.run("version").out()).isEqualTo("3\n");
    }

    @Test
    void optionsWinOverTheEnvironment() {
        Migrate tool = Migrate.tool().env(Settings.DATABASE_URL, "postgres://u@127.0.0.1:1/nowhere")
                .env(Settings.MIGRATION_DIR, tmp.resolve("nowhere").toString());
        Migrate.Result r = tool.run("up", "1", "-path", dir.toString(), "-database", db.url());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(version()).isEqualTo("1");
    }

    @Test
    void sourceWinsOverPath() {
        Migrate.Result r = Migrate.tool().run("-path", tmp.resolve("nowhere").toString(), "-source", "file://" + dir,
                "-database", db.url(), "up", "1");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void withoutPathOrMigrationDirTheFolderIsMigrations() {
        Migrate.Result r = Migrate.tool().env(Settings.DATABASE_URL, db.url()).run("up");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: the migrations folder " + Path.of("migrations").toAbsolutePath() + " does not exist");
    }

    @Test
    void aBadMigrationTimeoutNamesTheVariable() {
        Migrate.Result r = migrate(Migrate.tool().env(Settings.MIGRATION_TIMEOUT, "soon"), "up");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: the environment variable MIGRATION_TIMEOUT is not a duration: "
                + "time: invalid duration \"soon\"; write it the way Go does, e.g. 60s, 500ms or 2m30s\n");
        assertThat(migrate(Migrate.tool().env(Settings.MIGRATION_TIMEOUT, "-5s"), "up").err())
                .startsWith("error: MIGRATION_TIMEOUT must not be negative");
    }

    @Test
    void migrationTimeoutCancelsALongMigrationAndLeavesNoDirt() {
        migrate("up");
        Fixtures.write(dir, "8_sleep.up.sql", "SELECT pg_sleep(5);");
        long start = System.nanoTime();
        Migrate.Result r = migrate(Migrate.tool().env(Settings.MIGRATION_TIMEOUT, "500ms"), "up");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: migration 8/u (8_sleep.up.sql) ran longer than the migration timeout (500ms)");
        assertThat(millis).isLessThan(4000);
        assertThat(version()).isEqualTo("7");
    }

    @Test
    void migrationTimeoutOptionWinsOverTheVariable() {
        dir = tmp.resolve("sleepy");
        Fixtures.write(dir, "1_sleep.up.sql", "SELECT pg_sleep(5);");
        Migrate.Result r = migrate(Migrate.tool().env(Settings.MIGRATION_TIMEOUT, "1h"), "up", "-migration-timeout", "300ms");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("ran longer than the migration timeout (300ms)");
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
    }
}
