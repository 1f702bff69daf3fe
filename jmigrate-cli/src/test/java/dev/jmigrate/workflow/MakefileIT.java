package dev.jmigrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.Migrator;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Makefile targets, run with {@code make -C <repository>} as a developer would, against a fresh
 * database and a temporary copy of the migrations folder (MIGRATION_DIR), so the repository is never changed.
 * The jar was built in the package phase, so {@code build} must not run Maven: MVN points at a stand-in that
 * records being called and fails.
 */
class MakefileIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> INIT_TABLES = List.of("users", "sessions", "audit_logs", "feature_flags",
            "api_keys");

    @TempDir
    Path temp;

    private Path root;
    private Path migrations;
    private Path mavenCalled;
    private Path fakeMaven;
    private TestDatabase db;
    private List<String> repositoryMigrationsBefore;

    @BeforeEach
    void setUp() throws IOException {
        RepositoryFiles.assumeIntegrationPhase();
        root = RepositoryFiles.root();
        assertThat(RepositoryFiles.jar()).as("the jar built in the package phase").isRegularFile();
        repositoryMigrationsBefore = listing(RepositoryFiles.migrations());
        migrations = Files.createDirectories(temp.resolve("migrations"));
        try (Stream<Path> files = Files.list(RepositoryFiles.migrations())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
        mavenCalled = temp.resolve("maven-was-called");
        fakeMaven = temp.resolve("fake-mvn");
        Files.writeString(fakeMaven, "#!/bin/sh\necho \"$*\" > '" + mavenCalled + "'\n"
                + "echo 'fake-mvn: make tried to rebuild migrate.jar' >&2\nexit 1\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeMaven, PosixFilePermissions.fromString("rwxr-xr-x"));
        db = TestPostgres.server().createDatabase();
    }

    @AfterEach
    void tearDown() throws IOException {
        if (db != null) {
            db.close();
        }
        if (repositoryMigrationsBefore != null) {
            assertThat(listing(RepositoryFiles.migrations())).as("the repository's migrations folder is unchanged")
                    .isEqualTo(repositoryMigrationsBefore);
        }
    }

    @Test
    void helpIsTheDefaultTarget() {
        Processes.Result help = make(Map.of());
        assertThat(help.exitCode()).as(help.describe()).isZero();
        assertThat(help.stdout()).as(help.describe()).contains("help", "build", "test", "migrate-up", "migrate-down",
                "migrate-reset", "migrate-create");
        assertNoMaven(help);
    }

    @Test
    void migrateUpAppliesEverythingAndPrintsTheVersion() {
        // characters a shell would act on: the URL must reach migrate intact (the server trusts local users,
        // so a password added to a password-less URL is ignored)
        String url = trickyUrl(db.url());
        Processes.Result up = make(Map.of("DATABASE_URL", url), "migrate-up");
        assertThat(up.exitCode()).as(up.describe()).isZero();
        assertThat(up.stdoutLines()).as("migrate-up ends with the version: " + up.describe()).last().isEqualTo("1");
        assertNoMaven(up);
        assertThat(db.tables()).as(up.describe()).containsAll(INIT_TABLES);
        assertThat(version()).isEqualTo(VersionState.clean(1));

        Processes.Result again = make(Map.of(), "migrate-up");
        assertThat(again.exitCode()).as("nothing to do is no error: " + again.describe()).isZero();
        assertThat(again.stdoutLines()).as(again.describe()).last().isEqualTo("1");
    }

    @Test
    void migrateDownRollsBackOneStep() throws IOException {
        writeMigration("000002_create_products.up.sql", "CREATE TABLE IF NOT EXISTS products (id uuid PRIMARY KEY);");
        writeMigration("000002_create_products.down.sql", "DROP TABLE IF EXISTS products;");
        Processes.Result up = make(Map.of(), "migrate-up");
        assertThat(up.exitCode()).as(up.describe()).isZero();
        assertThat(up.stdoutLines()).as(up.describe()).last().isEqualTo("2");

        Processes.Result down = make(Map.of(), "migrate-down");
        assertThat(down.exitCode()).as(down.describe()).isZero();
        assertNoMaven(down);
        assertThat(version()).as(down.describe()).isEqualTo(VersionState.clean(1));
        assertThat(db.tables()).as(down.describe()).doesNotContain("products").containsAll(INIT_TABLES);

        Processes.Result downAgain = make(Map.of(), "migrate-down");
        assertThat(downAgain.exitCode()).as(downAgain.describe()).isZero();
        assertThat(version().isNone()).as(downAgain.describe()).isTrue();
        assertThat(db.tables()).as(downAgain.describe()).doesNotContainAnyElementsOf(INIT_TABLES);
    }

    @Test
    void migrateResetRollsEverythingBackAndAppliesItAgain() {
        Processes.Result fromNothing = make(Map.of(), "migrate-reset");
        assertThat(fromNothing.exitCode()).as("reset of an empty database: " + fromNothing.describe()).isZero();
        assertThat(version()).as(fromNothing.describe()).isEqualTo(VersionState.clean(1));

        db.execute("INSERT INTO users (email) VALUES ('before-reset@example.com')");
        Processes.Result reset = make(Map.of(), "migrate-reset");
        assertThat(reset.exitCode()).as(reset.describe()).isZero();
        assertNoMaven(reset);
        assertThat(version()).as(reset.describe()).isEqualTo(VersionState.clean(1));
        assertThat(db.value("SELECT count(*) FROM users")).as("the tables were dropped and created again: "
                + reset.describe()).isEqualTo("0");
    }

    @Test
    void migrateCreateAddsTheNextSequentialPair() throws IOException {
        Processes.Result create = make(Map.of(), "migrate-create", "name=add_products_table");
        assertThat(create.exitCode()).as(create.describe()).isZero();
        assertNoMaven(create);
        assertThat(listing(migrations)).as(create.describe()).containsExactly(
                "000001_init_schema.down.sql", "000001_init_schema.up.sql",
                "000002_add_products_table.down.sql", "000002_add_products_table.up.sql");
    }

    @Test
    void migrateCreateWithoutANameExplainsWhatIsMissing() throws IOException {
        Processes.Result create = make(Map.of(), "migrate-create");
        assertThat(create.exitCode()).as(create.describe()).isNotZero();
        assertThat(create.stderr()).as(create.describe()).contains("name is required")
                .contains("make migrate-create name=");
        assertNoMaven(create);

        Processes.Result badName = make(Map.of(), "migrate-create", "name=Add Products");
        assertThat(badName.exitCode()).as(badName.describe()).isNotZero();
        assertThat(badName.stderr()).as(badName.describe()).contains("snake_case");
        assertThat(listing(migrations)).hasSize(2);
    }

    /** {@code make --no-print-directory -C <repository> args} with this test's database, folder and Maven. */
    private Processes.Result make(Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", db.url());
        environment.put("MIGRATION_DIR", migrations.toString());
        environment.put("MVN", fakeMaven.toString());
        environment.putAll(env);
        List<String> command = new ArrayList<>(List.of("make", "--no-print-directory", "-C", root.toString()));
        command.addAll(List.of(args));
        return Processes.run(temp, environment, TIMEOUT, command.toArray(String[]::new));
    }

    private void assertNoMaven(Processes.Result result) {
        assertThat(mavenCalled).as("make ran Maven although migrate.jar is up to date: " + result.describe())
                .doesNotExist();
        assertThat(result.stdout() + result.stderr()).as(result.describe())
                .doesNotContain("[INFO]", "BUILD SUCCESS", "Building jmigrate", "fake-mvn");
    }

    private VersionState version() {
        try (Migrator migrator = Migrator.builder().path(migrations).database(db.url()).build()) {
            return migrator.version();
        }
    }

    private void writeMigration(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The URL with a password full of shell syntax when it has none, and a second query parameter. */
    private static String trickyUrl(String url) {
        String withPassword = url;
        int scheme = url.indexOf("://") + 3;
        int at = url.indexOf('@', scheme);
        if (at > 0 && url.substring(scheme, at).indexOf(':') < 0) {
            withPassword = url.substring(0, at) + ":it's$HOME&a;b`c`" + url.substring(at);
        }
        return withPassword + (withPassword.contains("?") ? "&" : "?") + "application_name=jmigrate_makefile_it";
    }
}
