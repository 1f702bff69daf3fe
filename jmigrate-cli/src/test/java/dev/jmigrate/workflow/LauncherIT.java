package dev.jmigrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in the installed layout the Dockerfile builds ({@code <prefix>/bin/migrate} and
 * {@code <prefix>/lib/migrate.jar}, nothing else), run as a process from an unrelated working directory.
 */
class LauncherIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    static Path prefix;
    @TempDir
    static Path workingDirectory;

    private static Path launcher;

    @BeforeAll
    static void install() throws IOException {
        RepositoryFiles.assumeIntegrationPhase();
        Path jar = RepositoryFiles.jar();
        assertThat(jar).as("the jar built in the package phase").isRegularFile();
        launcher = Files.createDirectories(prefix.resolve("bin")).resolve("migrate");
        Files.copy(RepositoryFiles.root().resolve("bin/migrate"), launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(jar, Files.createDirectories(prefix.resolve("lib")).resolve("migrate.jar"));
    }

    @Test
    void printsItsVersion() {
        Processes.Result result = migrate(Map.of(), "-version");
        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout() + result.stderr()).as(result.describe()).containsPattern("\\d+\\.\\d+");
    }

    @Test
    void appliesTheRepositoryMigrations() {
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            String migrations = RepositoryFiles.migrations().toString();

            Processes.Result up = migrate(Map.of(), "-path", migrations, "-database", db.url(), "up");
            assertThat(up.exitCode()).as(up.describe()).isZero();
            assertThat(db.tables()).as(up.describe()).contains("users", "sessions", "audit_logs", "feature_flags",
                    "api_keys");

            Processes.Result version = migrate(Map.of(), "-path", migrations, "-database", db.url(), "version");
            assertThat(version.exitCode()).as(version.describe()).isZero();
            assertThat(version.stdoutLines()).as(version.describe()).containsExactly("1");

            // the environment variables instead of the options, as the image's MIGRATION_DIR and compose's DATABASE_URL
            Processes.Result fromEnvironment = migrate(Map.of("MIGRATION_DIR", migrations, "DATABASE_URL", db.url()),
                    "version");
            assertThat(fromEnvironment.exitCode()).as(fromEnvironment.describe()).isZero();
            assertThat(fromEnvironment.stdoutLines()).as(fromEnvironment.describe()).containsExactly("1");
        }
    }

    @Test
    void keepsOneClassDataArchivePerCommandFromItsFirstSuccessfulRun() throws IOException {
        assumeTrue(Runtime.version().feature() < 25, "JDK 25+ builds its ahead-of-time cache in the background");
        Path cache = Files.createDirectories(workingDirectory.resolve("cache"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        assertThat(migrate(env, "-version").exitCode()).isZero();
        assertThat(archives(cache)).as("-version names no command").isEmpty();
        Processes.Result failed = migrate(env, "-path", workingDirectory.resolve("none").toString(), "-database",
                "postgres://nobody@127.0.0.1:1/db", "version");
        assertThat(failed.exitCode()).as(failed.describe()).isEqualTo(1);
        assertThat(archives(cache)).as("a failed run leaves no archive").isEmpty();
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            String migrations = RepositoryFiles.migrations().toString();
            for (int run = 0; run < 2; run++) {
                Processes.Result up = migrate(env, "-path", migrations, "-database", db.url(), "up");
                assertThat(up.exitCode()).as(up.describe()).isZero();
                assertThat(archives(cache)).as(up.describe()).singleElement().asString().startsWith("migrate-up-");
            }
            Processes.Result version = migrate(env, "-path", migrations, "-database", db.url(), "version");
            assertThat(version.stdoutLines()).as(version.describe()).containsExactly("1");
            assertThat(archives(cache)).hasSize(2).anyMatch(name -> name.startsWith("migrate-version-"));
        }
    }

    private static List<String> archives(Path cache) throws IOException {
        Path dir = cache.resolve("jmigrate");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".jsa")).sorted().toList();
        }
    }

    @Test
    void saysHowToBuildWhenTheJarIsMissing() throws IOException {
        Path bare = Files.createDirectories(workingDirectory.resolve("bare/bin")).resolve("migrate");
        Files.copy(launcher, bare, StandardCopyOption.COPY_ATTRIBUTES);
        Processes.Result result = Processes.run(workingDirectory, Map.of(), TIMEOUT, bare.toString(), "-version");
        assertThat(result.exitCode()).as(result.describe()).isEqualTo(1);
        assertThat(result.stderr()).as(result.describe()).contains("migrate.jar not found");
    }

    private static Processes.Result migrate(Map<String, String> env, String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = launcher.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return Processes.run(workingDirectory, env, TIMEOUT, command);
    }
}
