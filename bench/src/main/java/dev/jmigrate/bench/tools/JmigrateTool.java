package dev.jmigrate.bench.tools;

import dev.jmigrate.bench.Generator;
import dev.jmigrate.bench.Invocation;
import dev.jmigrate.bench.Measure;
import dev.jmigrate.bench.Scenario;
import dev.jmigrate.bench.Target;
import dev.jmigrate.bench.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jmigrate's {@code migrate} command ({@code bin/migrate}, which runs {@code migrate.jar}) on the golang-migrate
 * files.
 */
public final class JmigrateTool implements Tool {
    private final Path migrate;
    private final Path jar;

    /**
     * @param home a jmigrate checkout ({@code bin/migrate} and {@code jmigrate-cli/target/migrate.jar}) or an
     *             installed layout ({@code bin/migrate} and {@code lib/migrate.jar})
     */
    public JmigrateTool(Path home) {
        Path h = home.toAbsolutePath().normalize();
        this.migrate = h.resolve("bin/migrate");
        Path installed = h.resolve("lib/migrate.jar");
        this.jar = Files.isRegularFile(installed) ? installed : h.resolve("jmigrate-cli/target/migrate.jar");
    }

    /**
     * Copies a checkout's {@code bin/migrate} and {@code migrate.jar} into an installed layout under {@code home}, so
     * that a rebuild of the checkout while the bench runs changes nothing; returns {@code home}, or the checkout
     * itself when it has no jar to copy.
     */
    public static Path snapshot(Path repository, Path home) throws IOException {
        Path script = repository.resolve("bin/migrate");
        Path builtJar = repository.resolve("jmigrate-cli/target/migrate.jar");
        if (!Files.isRegularFile(script) || !Files.isRegularFile(builtJar)) {
            return repository;
        }
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(script, home.resolve("bin/migrate"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(builtJar, home.resolve("lib/migrate.jar"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        return home;
    }

    @Override
    public String name() {
        return "jmigrate";
    }

    @Override
    public Optional<String> unavailable() {
        if (!Files.isExecutable(migrate)) {
            return Optional.of(migrate + " is missing");
        }
        if (!Files.isRegularFile(jar)) {
            return Optional.of(jar + " is missing: build it with mvn -B -q install -DskipTests");
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "jmigrate " + Measure.capture(List.of(migrate.toString(), "-version"))
                + " (`bin/migrate` of the checkout as it is, JVM options and any class-data cache of that script included,"
                + " running `migrate.jar`; both copied from the checkout when the run starts)";
    }

    @Override
    public String note() {
        return "jmigrate: unless the URL says otherwise, it connects with `synchronous_commit=off` (its own default), "
                + "so its COMMITs do not wait for the WAL flush; the other tools and the floor use the server's "
                + "setting (see the machine table).";
    }

    @Override
    public Optional<Invocation> invocation(Scenario scenario, Target target) {
        return Optional.of(switch (scenario) {
            case APPLY, NOOP_UP -> command(target, "up");
            case VERSION -> command(target, "version");
            case STATUS -> command(target, "status");
            case ROLLBACK -> command(target, "down", "-all");
        });
    }

    /** {@code bin/migrate -path DIR -database URL ARGS...} on the target. */
    public Invocation command(Target target, String... args) {
        return command(target.layout().golang(), target.url(), args);
    }

    /** {@code bin/migrate -path DIR -database URL ARGS...}. */
    public Invocation command(Path folder, String url, String... args) {
        List<String> argv = new ArrayList<>(List.of(migrate.toString(), "-path", folder.toString(), "-database", url));
        argv.addAll(List.of(args));
        return Invocation.of(argv, Map.of());
    }

    @Override
    public List<String> historyTables() {
        return List.of("schema_migrations", "schema_migrations_history");
    }

    @Override
    public Optional<String> historyQuery() {
        return Optional.of("SELECT coalesce((SELECT CASE WHEN dirty THEN -version ELSE version END"
                + " FROM schema_migrations LIMIT 1), 0)");
    }

    @Override
    public long expectedHistory(Generator.Plan plan, boolean applied) {
        return applied ? plan.lastVersion() : 0;
    }
}
