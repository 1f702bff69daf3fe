package dev.jmigrate.bench.tools;

import dev.jmigrate.bench.Generator;
import dev.jmigrate.bench.Invocation;
import dev.jmigrate.bench.Scenario;
import dev.jmigrate.bench.Target;
import dev.jmigrate.bench.Tool;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flyway community through its Java API, in a JVM of its own ({@link FlywayMain}) started with plain {@code java}
 * and Flyway's jars only, as Flyway's own command line starts it. Community Flyway cannot undo: no roll back.
 */
public final class FlywayTool implements Tool {
    /** The variable that hands the database password to {@link FlywayMain}. */
    static final String PASSWORD_ENV = "BENCH_FLYWAY_PASSWORD";

    private final String javaCommand;
    private final Path benchClasses;
    private final Path classpathFile;

    /**
     * @param benchClasses  the folder (or jar) holding {@link FlywayMain}
     * @param classpathFile the file {@code maven-dependency-plugin:build-classpath} wrote Flyway's classpath to
     */
    public FlywayTool(Path benchClasses, Path classpathFile) {
        this.javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.benchClasses = benchClasses.toAbsolutePath().normalize();
        this.classpathFile = classpathFile.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "flyway";
    }

    @Override
    public Optional<String> unavailable() {
        if (!Files.isRegularFile(classpathFile)) {
            return Optional.of(classpathFile + " is missing: build the bench module with mvn -f bench/pom.xml package");
        }
        if (!Files.exists(benchClasses.resolve("dev/jmigrate/bench/tools/FlywayMain.class"))) {
            return Optional.of("FlywayMain is not compiled under " + benchClasses);
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "Flyway community " + version()
                + " (flyway-core + flyway-database-postgresql through `Flyway.configure()...migrate()` / `.info()`,"
                + " in its own JVM: `java -cp <Flyway's jars> " + FlywayMain.class.getName() + "`, no JVM options)";
    }

    @Override
    public String note() {
        return "Flyway: `version` and `status` are both `info` (Flyway has no cheaper command for the version); "
                + "`version` prints only `info().current()`, `status` prints every migration. Community Flyway has "
                + "no undo, so roll back is n/a.";
    }

    @Override
    public Optional<Invocation> invocation(Scenario scenario, Target target) {
        return switch (scenario) {
            case APPLY, NOOP_UP -> Optional.of(command(target, "migrate"));
            case VERSION -> Optional.of(command(target, "version"));
            case STATUS -> Optional.of(command(target, "info"));
            case ROLLBACK -> Optional.empty();
        };
    }

    private Invocation command(Target target, String action) {
        List<String> argv = new ArrayList<>(List.of(javaCommand, "-cp", classpath(), FlywayMain.class.getName(), action,
                target.layout().flyway().toString(), target.jdbcUrl(), target.server().user()));
        Map<String, String> env = new HashMap<>();
        if (target.server().password() != null) {
            env.put(PASSWORD_ENV, target.server().password());
        }
        return Invocation.of(argv, env);
    }

    /** Flyway's version, read from the name of the flyway-core jar on its classpath. */
    private String version() {
        for (String entry : classpath().split(File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            if (file.startsWith("flyway-core-") && file.endsWith(".jar")) {
                return file.substring("flyway-core-".length(), file.length() - ".jar".length());
            }
        }
        return "(unknown version)";
    }

    private String classpath() {
        try {
            String deps = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
            return benchClasses + (deps.isEmpty() ? "" : File.pathSeparator + deps);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile, e);
        }
    }

    @Override
    public List<String> historyTables() {
        return List.of("flyway_schema_history");
    }

    @Override
    public Optional<String> historyQuery() {
        return Optional.of("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL");
    }

    @Override
    public long expectedHistory(Generator.Plan plan, boolean applied) {
        return applied ? plan.size() : 0;
    }
}
