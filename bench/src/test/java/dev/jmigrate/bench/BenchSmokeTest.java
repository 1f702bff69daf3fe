package dev.jmigrate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jmigrate.bench.tools.DbmateTool;
import dev.jmigrate.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bench in smoke mode, so it never rots: N = 20, one round, every tool that is here (jmigrate, Flyway and the
 * psql floor always, dbmate when {@code bench/run} has installed it), plus jmigrate's scale comparison with 30
 * migrations. Asserts that every run succeeded and every schema check passed; never a time.
 */
class BenchSmokeTest {
    private static final int N = 20;
    private static Results results;
    private static Path work;

    @BeforeAll
    static void runTheBench() throws Exception {
        Path bench = Path.of(System.getProperty("bench.directory", ".")).toAbsolutePath().normalize();
        Path repository = Path.of(System.getProperty("jmigrate.repository", "..")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("bench.target", "target"), "bench-smoke").toAbsolutePath();
        List<String> tools = new ArrayList<>(List.of("jmigrate", "flyway", "psql"));
        if (dbmateInstalled(bench)) {
            tools.add("dbmate");
        }
        Runner.Config config = Runner.Config.defaults(bench, server())
                .withRepository(repository)
                .withN(N)
                .withRounds(1)
                .withScale(30)
                .withTools(tools)
                .withWork(work.resolve("work"))
                .withResults(work.resolve("results"))
                .withCommandLine("BenchSmokeTest");
        results = new Runner(config, System.out::println).run();
        Report.write(results, config.results());
    }

    private static boolean dbmateInstalled(Path bench) {
        return Files.isExecutable(DbmateTool.defaultBinary(bench));
    }

    private static Server server() {
        String url = System.getenv(TestPostgres.ENV);
        if (url != null && !url.isBlank()) {
            return Server.parse(url);
        }
        TestPostgres pg = TestPostgres.server();
        return new Server(pg.host(), pg.port(), pg.user(), null, "postgres");
    }

    @Test
    void everyRunSucceededAndEverySchemaCheckPassed() {
        assertThat(results.unavailable()).as("tools that could not run").isEmpty();
        assertThat(results.failures()).as("failed runs and schema checks (log: %s)", work.resolve("work/bench.log"))
                .isEmpty();
        assertThat(results.checks()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jmigrate", "flyway", "psql", "dbmate"})
    void eachToolAppliedTheMigrationsAndLeftTheExpectedSchema(String tool) {
        if (tool.equals("dbmate")) {
            assumeTrue(results.tools().contains("dbmate"), "dbmate is not installed (bench/run installs it)");
        }
        assertThat(results.checks())
                .filteredOn(o -> o.tool().equals(tool) && o.stage().equals("after apply"))
                .as(tool + " after apply").hasSize(1).allMatch(SchemaCheck.Outcome::passed);
        assertThat(results.samples(Scenario.APPLY, tool)).hasSize(1);
        boolean canRollBack = !tool.equals("flyway");
        assertThat(results.checks())
                .filteredOn(o -> o.tool().equals(tool) && o.stage().equals("after roll back"))
                .as(tool + " after roll back").hasSize(canRollBack ? 1 : 0).allMatch(SchemaCheck.Outcome::passed);
    }

    @Test
    void theScaleComparisonRanStatusAndNoOpUpWithBothFolders() {
        assertThat(results.scale()).containsOnlyKeys("status", "up");
        assertThat(results.scale().get("status")).containsOnlyKeys(10, 30);
        assertThat(results.scale().get("up")).containsOnlyKeys(10, 30);
        assertThat(results.checks()).filteredOn(o -> o.stage().startsWith("scale")).hasSize(2)
                .allMatch(SchemaCheck.Outcome::passed);
    }

    @Test
    void theReportHasTheTablesAndTheTargets() throws Exception {
        String md = Files.readString(work.resolve("results/latest.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("## Machine", "nproc", "PostgreSQL", "| scenario | tool |", "## Targets",
                "× floor", "× Flyway", "All ");
        for (String tool : results.tools()) {
            assertThat(md).contains("| apply N from empty | " + tool + " | 1 |");
        }
    }

    @Test
    void everySampleHasTheCpuTimeOfItsProcessesWhereGnuTimeIsInstalled() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "GNU time is not installed");
        List<Sample> samples = new ArrayList<>();
        for (String tool : results.tools()) {
            for (Scenario s : Scenario.values()) {
                samples.addAll(results.samples(s, tool));
            }
        }
        results.scale().values().forEach(byCount -> byCount.values().forEach(samples::addAll));
        assertThat(samples).isNotEmpty().allSatisfy(s -> {
            assertThat(s.cpuSeconds()).as("CPU seconds").isNotNegative();
            assertThat(s.peakRssKib()).as("peak RSS").isPositive();
        });
        assertThat(samples).as("a JVM that applied migrations used some CPU")
                .anySatisfy(s -> assertThat(s.cpuSeconds()).isPositive());
    }

    @Test
    void theReportGivesTheRatiosOfEachRound() throws Exception {
        String md = Files.readString(work.resolve("results/latest.md"), StandardCharsets.UTF_8);
        String apply = String.format(Locale.ROOT, "%.2f", results.sample(Scenario.APPLY, "jmigrate", 1).orElseThrow().seconds()
                / results.sample(Scenario.APPLY, "psql", 1).orElseThrow().seconds());
        String status = String.format(Locale.ROOT, "%.2f", results.scaleSample("status", 30, 1).orElseThrow().seconds()
                / results.scaleSample("status", 10, 1).orElseThrow().seconds());
        assertThat(md).contains("| ratio | round 1 | median |",
                "| apply N, jmigrate / psql floor | " + apply + " | " + apply + " |",
                "| `status`, 30 / 10 migrations | " + status + " | " + status + " |");
        assertThat(results.sample(Scenario.APPLY, "jmigrate", 2)).isEmpty();
    }

    @Test
    void theGeneratorPlansWhatItsFilesCreate() {
        Generator.Plan plan = Generator.plan(N, Generator.DEFAULT_SEED);
        assertThat(plan.migrations()).hasSize(N);
        assertThat(plan.migrations().get(0).up()).contains("CREATE TABLE");
        assertThat(Generator.plan(10, Generator.DEFAULT_SEED).migrations())
                .as("a smaller plan is the start of a larger one").isEqualTo(plan.migrations().subList(0, 10));
        assertThat(plan.expected().tables()).isPositive();
    }
}
