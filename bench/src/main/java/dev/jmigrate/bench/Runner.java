package dev.jmigrate.bench;

import dev.jmigrate.bench.tools.DbmateTool;
import dev.jmigrate.bench.tools.FlywayTool;
import dev.jmigrate.bench.tools.JmigrateTool;
import dev.jmigrate.bench.tools.PsqlFloor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The side-by-side bench: generates N migrations, then, round after round, gives every tool in turn (the order
 * rotated each round) a fresh database of its own on the same PostgreSQL and times, as whole processes, applying
 * all N, a second {@code up} with nothing to do, the version and status commands, and rolling everything back,
 * checking the schema after each change. Then, for jmigrate alone, {@code status} and a no-op {@code up} with
 * 10 migrations against the same with many (10,000 by default). Writes a markdown report with {@link Report}.
 *
 * <p>{@code Runner [--n 500] [--rounds 5] [--tools jmigrate,flyway,dbmate,psql] [--scale 10000]
 * [--database-url postgres://postgres@127.0.0.1:5432/postgres] [--bench DIR] [--repository DIR] [--work DIR]
 * [--results DIR] [--dbmate PATH] [--seed S]}
 */
public final class Runner {
    /** The tools the bench knows, in the default order. */
    public static final List<String> ALL_TOOLS = List.of("jmigrate", "flyway", "dbmate", "psql");

    /** Makes this run's database names its own, so that two runs on one server do not drop each other's. */
    private static final long RUN_ID = ProcessHandle.current().pid();

    private final Config config;
    private final Consumer<String> progress;
    private Path jmigrateHome;
    private boolean checkpointed;

    /**
     * What to run.
     *
     * @param n           migrations to generate and apply
     * @param rounds      rounds; each tool runs once per round
     * @param tools       tool names, from {@link #ALL_TOOLS}
     * @param server      the PostgreSQL server
     * @param bench       the bench module's folder ({@code bench/})
     * @param repository  the jmigrate checkout ({@code bin/migrate})
     * @param work        scratch folder for generated files and logs
     * @param results     where the report goes ({@code <date>-n<N>.md} and {@code latest.md}), or null for none
     * @param dbmate      the dbmate binary
     * @param scale       the large migration count of the jmigrate scale comparison; 0 to skip it
     * @param seed        the generator's seed
     * @param commandLine how the bench was started, for the report
     */
    public record Config(int n, int rounds, List<String> tools, Server server, Path bench, Path repository,
                         Path work, Path results, Path dbmate, int scale, long seed, String commandLine) {
        public Config {
            tools = List.copyOf(tools);
            if (n < 1 || rounds < 1 || scale < 0) {
                throw new IllegalArgumentException("--n and --rounds must be at least 1, --scale at least 0");
            }
            for (String t : tools) {
                if (!ALL_TOOLS.contains(t)) {
                    throw new IllegalArgumentException("unknown tool " + t + "; known: " + String.join(",", ALL_TOOLS));
                }
            }
        }

        /** Defaults for a bench folder and a server: N 500, 5 rounds, every tool, scale 10,000. */
        public static Config defaults(Path bench, Server server) {
            Path b = bench.toAbsolutePath().normalize();
            return new Config(500, 5, ALL_TOOLS, server, b, b.getParent(), b.resolve("target/bench-work"),
                    b.resolve("results"), DbmateTool.defaultBinary(b), 10_000, Generator.DEFAULT_SEED,
                    "bench/run");
        }

        public Config withN(int value) {
            return new Config(value, rounds, tools, server, bench, repository, work, results, dbmate, scale, seed,
                    commandLine);
        }

        public Config withRounds(int value) {
            return new Config(n, value, tools, server, bench, repository, work, results, dbmate, scale, seed,
                    commandLine);
        }

        public Config withTools(List<String> value) {
            return new Config(n, rounds, value, server, bench, repository, work, results, dbmate, scale, seed,
                    commandLine);
        }

        public Config withScale(int value) {
            return new Config(n, rounds, tools, server, bench, repository, work, results, dbmate, value, seed,
                    commandLine);
        }

        public Config withWork(Path value) {
            return new Config(n, rounds, tools, server, bench, repository, value, results, dbmate, scale, seed,
                    commandLine);
        }

        public Config withResults(Path value) {
            return new Config(n, rounds, tools, server, bench, repository, work, value, dbmate, scale, seed,
                    commandLine);
        }

        public Config withRepository(Path value) {
            return new Config(n, rounds, tools, server, bench, value, work, results, dbmate, scale, seed,
                    commandLine);
        }

        public Config withDbmate(Path value) {
            return new Config(n, rounds, tools, server, bench, repository, work, results, value, scale, seed,
                    commandLine);
        }

        public Config withSeed(long value) {
            return new Config(n, rounds, tools, server, bench, repository, work, results, dbmate, scale, value,
                    commandLine);
        }

        public Config withCommandLine(String value) {
            return new Config(n, rounds, tools, server, bench, repository, work, results, dbmate, scale, seed,
                    value);
        }
    }

    public Runner(Config config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
        this.jmigrateHome = config.repository();
    }

    /** The tool of a name, as this configuration runs it. */
    public Tool tool(String name) {
        return switch (name) {
            case "jmigrate" -> new JmigrateTool(jmigrateHome);
            case "flyway" -> new FlywayTool(config.bench().resolve("target/classes"),
                    config.bench().resolve("target/flyway.classpath"));
            case "dbmate" -> new DbmateTool(config.dbmate());
            case "psql" -> new PsqlFloor();
            default -> throw new IllegalArgumentException("unknown tool " + name);
        };
    }

    /** Runs the bench; failures of a tool are recorded as failed checks, not thrown. */
    public Results run() throws IOException, SQLException {
        long started = System.nanoTime();
        Files.createDirectories(config.work());
        if (config.tools().contains("jmigrate")) {
            jmigrateHome = JmigrateTool.snapshot(config.repository(), config.work().resolve("jmigrate"));
        }
        Generator.Plan plan = Generator.plan(config.n(), config.seed());
        Generator.Layout layout = Generator.write(plan, config.work().resolve("migrations-n" + config.n()));
        Results results = new Results(config, plan);
        results.machine(machine());
        Measure measure = new Measure(config.work().resolve("bench.log"), config.work().resolve("tmp"));
        Files.deleteIfExists(measure.log());
        progress.accept("generated " + plan.size() + " migrations (" + plan.mix() + ") under " + layout.root());

        List<Tool> tools = new ArrayList<>();
        for (String name : config.tools()) {
            Tool tool = tool(name);
            Optional<String> why = tool.unavailable();
            if (why.isPresent()) {
                results.unavailable(name, why.get());
                progress.accept("skipping " + name + ": " + why.get());
            } else {
                results.describe(name, tool.describe(), tool.note());
                tools.add(tool);
            }
        }

        // An untimed warm-up round with a few migrations: the page cache holds every tool's files afterwards, and
        // jmigrate's launcher has recorded its class-data archive (it does so on its first run with a jar).
        Generator.Plan warmPlan = Generator.plan(Math.min(10, config.n()), config.seed());
        Generator.Layout warmLayout = Generator.write(warmPlan, config.work().resolve("warm-up"));
        progress.accept("warm-up round (untimed) with " + warmPlan.size() + " migrations");
        Results warmResults = new Results(config, warmPlan);
        for (Tool tool : tools) {
            runTool(tool, 0, warmLayout, measure, warmResults);
        }
        for (SchemaCheck.Outcome failed : warmResults.failures()) {
            results.check(failed);
        }

        for (int round = 1; round <= config.rounds(); round++) {
            List<Tool> order = rotate(tools, round - 1);
            progress.accept("round " + round + "/" + config.rounds() + ": "
                    + String.join(", ", order.stream().map(Tool::name).toList()));
            for (Tool tool : order) {
                runTool(tool, round, layout, measure, results);
            }
        }

        if (config.scale() > 0 && tools.stream().anyMatch(t -> t.name().equals("jmigrate"))) {
            runScale((JmigrateTool) tools.stream().filter(t -> t.name().equals("jmigrate")).findFirst().orElseThrow(),
                    measure, results);
        }
        results.elapsed((System.nanoTime() - started) / 1e9);
        results.fact("load average at end", firstLine(Path.of("/proc/loadavg")));
        results.fact("before each timed command", checkpointed ? "CHECKPOINT (untimed)"
                : "no CHECKPOINT: the bench's database user may not run one");
        return results;
    }

    private void runTool(Tool tool, int round, Generator.Layout layout, Measure measure, Results results)
            throws SQLException {
        String database = "bench_" + tool.name() + "_r" + round + "_" + RUN_ID;
        config.server().recreateDatabase(database);
        Target target = new Target(config.server(), database, layout);
        try {
            for (Scenario scenario : Scenario.values()) {
                Optional<Invocation> invocation = tool.invocation(scenario, target);
                if (invocation.isEmpty()) {
                    continue;
                }
                checkpointed = config.server().checkpoint();
                Sample sample = measure.run(tool.name() + " " + scenario.label(), invocation.get());
                results.add(scenario, tool.name(), round, sample);
                progress.accept(String.format(Locale.ROOT, "  %-8s %-20s %8.3f s %8s %s", tool.name(), scenario.label(),
                        sample.seconds(), sample.peakRssKib() < 0 ? "" : (sample.peakRssKib() / 1024) + " MiB",
                        sample.cpuSeconds() < 0 ? "" : String.format(Locale.ROOT, "%.2f s CPU", sample.cpuSeconds())));
                switch (scenario) {
                    case APPLY -> record(results, SchemaCheck.check(config.server(), database, tool, layout.plan(),
                            true, round, "after apply"));
                    case NOOP_UP -> record(results, SchemaCheck.check(config.server(), database, tool, layout.plan(),
                            true, round, "after no-op up"));
                    case ROLLBACK -> record(results, SchemaCheck.check(config.server(), database, tool, layout.plan(),
                            false, round, "after roll back"));
                    default -> { }
                }
            }
        } catch (ToolFailedException e) {
            record(results, SchemaCheck.Outcome.failure(tool.name(), round, "run", e.getMessage()));
        } finally {
            config.server().dropDatabase(database);
        }
    }

    private void record(Results results, SchemaCheck.Outcome outcome) {
        results.check(outcome);
        if (!outcome.passed()) {
            progress.accept("  CHECK FAILED: " + outcome.tool() + " round " + outcome.round() + " " + outcome.stage()
                    + ": " + outcome.detail());
        }
    }

    /** jmigrate's status and no-op up with 10 migrations against the same with {@code scale} migrations. */
    private void runScale(JmigrateTool jmigrate, Measure measure, Results results) throws IOException, SQLException {
        int[] counts = {10, config.scale()};
        Map<Integer, Target> targets = new LinkedHashMap<>();
        try {
            for (int count : counts) {
                Generator.Plan plan = Generator.plan(count, config.seed());
                Path folder = config.work().resolve("scale-" + count);
                Generator.deleteRecursively(folder);
                Generator.writeGolangMigrate(plan, folder);
                Generator.Layout layout = new Generator.Layout(plan, folder, folder, folder, folder, folder, folder);
                String database = "bench_scale_" + count + "_" + RUN_ID;
                config.server().recreateDatabase(database);
                Target target = new Target(config.server(), database, layout);
                targets.put(count, target);
                progress.accept("scale: applying " + count + " migrations with jmigrate");
                Sample applied = measure.run("jmigrate scale apply " + count, jmigrate.command(target, "up"));
                results.scaleApplied(count, applied);
                progress.accept(String.format(Locale.ROOT, "  applied %d in %.1f s", count, applied.seconds()));
                record(results, SchemaCheck.check(config.server(), database, jmigrate, plan, true, 0,
                        "scale: after applying " + count));
            }
            for (int round = 1; round <= config.rounds(); round++) {
                List<Integer> order = round % 2 == 1 ? List.of(counts[0], counts[1]) : List.of(counts[1], counts[0]);
                for (int count : order) {
                    for (String command : List.of("status", "up")) {
                        Sample s = measure.run("jmigrate scale " + command + " " + count,
                                jmigrate.command(targets.get(count), command));
                        results.addScale(command, count, round, s);
                        progress.accept(String.format(Locale.ROOT, "  scale round %d: %-6s with %6d migrations %8.3f s %s",
                                round, command, count, s.seconds(),
                                s.cpuSeconds() < 0 ? "" : String.format(Locale.ROOT, "%.2f s CPU", s.cpuSeconds())));
                    }
                }
            }
        } catch (ToolFailedException e) {
            record(results, SchemaCheck.Outcome.failure("jmigrate", 0, "scale", e.getMessage()));
        } finally {
            for (Target t : targets.values()) {
                config.server().dropDatabase(t.database());
            }
        }
    }

    static <T> List<T> rotate(List<T> items, int by) {
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(items.get((i + by) % items.size()));
        }
        return out;
    }

    private Map<String, String> machine() throws SQLException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("date", LocalDate.now().toString());
        facts.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
        facts.put("CPU", firstMatching(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
        facts.put("memory", firstMatching(Path.of("/proc/meminfo"), "MemTotal").orElse("unknown"));
        facts.put("OS", firstMatching(Path.of("/etc/os-release"), "PRETTY_NAME").map(s -> s.replace("\"", ""))
                .orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version"));
        facts.put("load average at start", firstLine(Path.of("/proc/loadavg")));
        Path repo = config.repository();
        String commit = Measure.capture(List.of("git", "-C", repo.toString(), "rev-parse", "--short", "HEAD"));
        String changed = Measure.capture(List.of("git", "-C", repo.toString(), "status", "--porcelain",
                "--untracked-files=no", "--", "bin", "jmigrate-core/src/main", "jmigrate-cli/src/main",
                "jmigrate-embedded/src/main"));
        List<String> changedFiles = changed.lines().filter(l -> !l.isBlank()).toList();
        facts.put("jmigrate build", "commit " + commit + (changedFiles.isEmpty() ? ", clean"
                : " with uncommitted changes to " + changedFiles.size() + " file(s) of bin/ and src/main"
                + (changed.contains("bin/migrate") ? ", bin/migrate among them" : "")));
        String javaHome = System.getenv("JAVA_HOME");
        String java = javaHome == null || javaHome.isBlank() ? "java" : Path.of(javaHome, "bin", "java").toString();
        facts.put("java -version", Measure.capture(List.of(java, "-version")).replace("\n", "; "));
        try (Connection c = config.server().connect(config.server().adminDatabase());
             Statement s = c.createStatement()) {
            facts.put("PostgreSQL", query(s, "SELECT version()"));
            facts.put("PostgreSQL settings", "fsync=" + query(s, "SHOW fsync") + ", synchronous_commit="
                    + query(s, "SHOW synchronous_commit") + ", shared_buffers=" + query(s, "SHOW shared_buffers")
                    + ", server on " + config.server().host() + ":" + config.server().port());
        }
        return facts;
    }

    private static String query(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Optional<String> firstMatching(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    int sep = line.indexOf(':') >= 0 ? line.indexOf(':') : line.indexOf('=');
                    return Optional.of(line.substring(sep + 1).trim());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Runs the bench from the command line; exits 1 when a check failed, 2 on bad options. */
    public static void main(String[] args) throws Exception {
        Config config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Results results = new Runner(config, System.out::println).run();
        if (config.results() != null) {
            Path written = Report.write(results, config.results());
            System.out.println("report: " + written + " (and " + config.results().resolve("latest.md") + ")");
        }
        System.out.println();
        System.out.println(Report.summary(results));
        if (!results.failures().isEmpty()) {
            System.err.println(results.failures().size() + " check(s) failed; see " + config.work().resolve("bench.log"));
            System.exit(1);
        }
    }

    static Config parse(String[] args) {
        String url = Optional.ofNullable(System.getenv("BENCH_DATABASE_URL"))
                .orElse("postgres://postgres@127.0.0.1:5432/postgres");
        Path bench = Path.of("bench");
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println(usage());
                System.exit(0);
            }
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a + "\n" + usage());
            }
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
            options.put(key, value);
        }
        if (options.containsKey("database-url")) {
            url = options.remove("database-url");
        }
        if (options.containsKey("bench")) {
            bench = Path.of(options.remove("bench"));
        }
        String shown = System.getenv("BENCH_COMMAND_LINE");
        Config c = Config.defaults(bench, Server.parse(url)).withCommandLine(shown != null && !shown.isBlank()
                ? shown.trim() : "bench/run" + (args.length == 0 ? "" : " " + String.join(" ", args)));
        for (Map.Entry<String, String> e : options.entrySet()) {
            String v = e.getValue();
            c = switch (e.getKey()) {
                case "n" -> c.withN(Integer.parseInt(v));
                case "rounds" -> c.withRounds(Integer.parseInt(v));
                case "tools" -> c.withTools(List.of(v.split(",")));
                case "scale" -> c.withScale(Integer.parseInt(v));
                case "work" -> c.withWork(Path.of(v).toAbsolutePath());
                case "results" -> c.withResults(v.isEmpty() ? null : Path.of(v).toAbsolutePath());
                case "repository" -> c.withRepository(Path.of(v).toAbsolutePath());
                case "dbmate" -> c.withDbmate(Path.of(v).toAbsolutePath());
                case "seed" -> c.withSeed(Long.parseLong(v));
                default -> throw new IllegalArgumentException("unknown option --" + e.getKey() + "\n" + usage());
            };
        }
        return c;
    }

    static String usage() {
        return """
                usage: bench/run [--n 500] [--rounds 5] [--tools jmigrate,flyway,dbmate,psql] [--scale 10000]
                                 [--database-url postgres://postgres@127.0.0.1:5432/postgres] [--results DIR]
                                 [--work DIR] [--dbmate PATH] [--seed S]
                  --n        migrations to generate and apply (default 500)
                  --rounds   rounds; every tool runs once per round, the order rotated (default 5)
                  --tools    which tools, comma-separated (default all: jmigrate,flyway,dbmate,psql)
                  --scale    jmigrate status / no-op up with 10 against this many migrations; 0 skips (default 10000)
                  --database-url  an administrative database of the server (default $BENCH_DATABASE_URL or
                             postgres://postgres@127.0.0.1:5432/postgres); the bench creates and drops bench_* databases
                  --results  where the report goes, <date>-n<N>.md and latest.md (default bench/results)""";
    }
}
