package dev.jmigrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.Migrator;
import dev.jmigrate.contract.MigrationFolder;
import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code applied-migration-edited} against a real history, through {@code Migrator.status()}. */
class LinterDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void anUpFileEditedAfterItWasAppliedIsAnError() {
        MigrationFolder folder = new MigrationFolder(dir)
                .file("000001_accounts.up.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n")
                .file("000001_accounts.down.sql", "DROP TABLE accounts;\n")
                .file("000002_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n")
                .file("000002_orders.down.sql", "DROP TABLE orders;\n");
        try (TestDatabase db = TestPostgres.server().createDatabase();
                Migrator migrator = Migrator.builder().path(dir).database(db.url()).build()) {
            migrator.up();

            LintReport unchanged = Linter.builder().databaseStatus(migrator.status()).build().lint(dir);
            assertThat(unchanged.findings()).isEmpty();

            folder.file("000001_accounts.up.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);\n");
            folder.file("000002_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\r\n");
            LintReport edited = Linter.builder().databaseStatus(migrator.status()).build().lint(dir);

            assertThat(edited.findings()).extracting(f -> Path.of(f.file()).getFileName() + " " + f.ruleId()
                    + " " + f.severity()).containsExactly("000001_accounts.up.sql applied-migration-edited ERROR");
            assertThat(edited.hasErrors()).isTrue();
        }
    }
}
