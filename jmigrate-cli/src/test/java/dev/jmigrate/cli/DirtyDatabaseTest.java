package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A migration that fails outside a transaction leaves the database dirty; the error says how to recover. */
class DirtyDatabaseTest extends PostgresCase {
    private static final String HEADLINE = "error: Dirty database version 8. Fix and force version.";

    @BeforeEach
    void failOutsideATransaction() {
        Fixtures.write(dir, "8_index.up.sql", "CREATE INDEX CONCURRENTLY i8 ON missing_table (id);");
        Migrate.Result r = migrate("up");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: migration 8/u (8_index.up.sql) failed");
    }

    @Test
    void versionPrintsTheDirtyVersion() {
        Migrate.Result r = migrate("version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("8 (dirty)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void upRefusesWithGolangsTextAndTheCommandToRun() {
        Migrate.Result r = Migrate.tool().env(Settings.DATABASE_URL, db.url()).run("-path", dir.toString(), "up");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().get(0)).isEqualTo(HEADLINE);
        assertThat(r.errLines()).contains("  command:  migrate -path " + dir + " -database \"$DATABASE_URL\" force 7");
        assertThat(r.err().split("error: ", -1)).hasSize(2);
    }

    @Test
    void theCommandNamesTheVariablesTheFolderAndUrlCameFrom() {
        Migrate.Result r = Migrate.tool().env(Settings.DATABASE_URL, db.url()).env(Settings.MIGRATION_DIR, dir.toString())
                .run("down", "1");
        assertThat(r.errLines().get(0)).isEqualTo(HEADLINE);
        assertThat(r.errLines()).contains("  command:  migrate -path \"$MIGRATION_DIR\" -database \"$DATABASE_URL\" force 7");
    }

    @Test
    void anExplicitUrlIsShownRedactedAndThePasswordIsAskedFor() {
        String withPassword = db.url().replaceFirst("://([^:@/]+)@", "://$1:Pa55w0rd-dirty@");
        Migrate.Result r = Migrate.tool().run("-source", "file://" + dir, "-database", withPassword, "goto", "7");
        assertThat(r.errLines().get(0)).isEqualTo(HEADLINE);
        String redacted = withPassword.replace("Pa55w0rd-dirty", "xxxxx");
        assertThat(r.errLines()).contains("  command:  migrate -source file://" + dir + " -database '" + redacted
                + "' force 7   (with your password)");
        assertThat(r.err()).doesNotContain("Pa55w0rd-dirty");
    }

    @Test
    void statusExitCodeReportsTheProblem() {
        Migrate.Result r = migrate("status", "-exit-code");
        assertThat(r.code()).isEqualTo(StatusCommand.PROBLEMS);
        assertThat(r.out()).contains("current version: 8 (dirty)").containsPattern("(?m)^8 +index +dirty ");
    }

    @Test
    void forceClearsTheDirtyFlag() {
        assertThat(migrate("force", "7").code()).isZero();
        assertThat(version()).isEqualTo("7");
        Fixtures.write(dir, "8_index.up.sql", "CREATE INDEX CONCURRENTLY i8 ON t7 (id);");
        Migrate.Result r = migrate("up", "-skip-validation");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(version()).isEqualTo("8");
    }
}
