package dev.jmigrate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one run of the bench measured and checked. */
public final class Results {
    private final Runner.Config config;
    private final Generator.Plan plan;
    private final Map<Scenario, Map<String, List<Sample>>> samples = new EnumMap<>(Scenario.class);
    private final Map<String, Map<Integer, List<Sample>>> scale = new LinkedHashMap<>();
    private final Map<Measured, Sample> byRound = new LinkedHashMap<>();
    private final Map<Integer, Sample> scaleApply = new LinkedHashMap<>();
    private final List<SchemaCheck.Outcome> checks = new ArrayList<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private double elapsedSeconds;

    Results(Runner.Config config, Generator.Plan plan) {
        this.config = config;
        this.plan = plan;
    }

    public Runner.Config config() {
        return config;
    }

    public Generator.Plan plan() {
        return plan;
    }

    void add(Scenario scenario, String tool, int round, Sample sample) {
        samples.computeIfAbsent(scenario, s -> new LinkedHashMap<>()).computeIfAbsent(tool, t -> new ArrayList<>())
                .add(sample);
        byRound.put(new Measured(scenario.label(), tool, round), sample);
    }

    void addScale(String command, int migrations, int round, Sample sample) {
        scale.computeIfAbsent(command, c -> new LinkedHashMap<>()).computeIfAbsent(migrations, m -> new ArrayList<>())
                .add(sample);
        byRound.put(new Measured("scale " + command, migrations + " migrations", round), sample);
    }

    void scaleApplied(int migrations, Sample sample) {
        scaleApply.put(migrations, sample);
    }

    void check(SchemaCheck.Outcome outcome) {
        checks.add(outcome);
    }

    void describe(String tool, String description, String note) {
        descriptions.put(tool, description);
        if (!note.isEmpty()) {
            notes.add(note);
        }
        ran.add(tool);
    }

    void unavailable(String tool, String reason) {
        unavailable.put(tool, reason);
    }

    void machine(Map<String, String> facts) {
        machine.putAll(facts);
    }

    void fact(String key, String value) {
        machine.put(key, value);
    }

    void elapsed(double seconds) {
        elapsedSeconds = seconds;
    }

    /** The samples of one tool in one scenario (empty when it did not run or cannot). */
    public List<Sample> samples(Scenario scenario, String tool) {
        return samples.getOrDefault(scenario, Map.of()).getOrDefault(tool, List.of());
    }

    /** What one tool measured in one scenario and round; empty when it did not run then. */
    public Optional<Sample> sample(Scenario scenario, String tool, int round) {
        return Optional.ofNullable(byRound.get(new Measured(scenario.label(), tool, round)));
    }

    /** What one scale command measured with a migration count in a round; empty when it did not run then. */
    public Optional<Sample> scaleSample(String command, int migrations, int round) {
        return Optional.ofNullable(byRound.get(new Measured("scale " + command, migrations + " migrations", round)));
    }

    /** The scale samples: command ({@code status}, {@code up}) → migration count → samples. */
    public Map<String, Map<Integer, List<Sample>>> scale() {
        return Collections.unmodifiableMap(scale);
    }

    public Map<Integer, Sample> scaleApply() {
        return Collections.unmodifiableMap(scaleApply);
    }

    /** Every schema check and every failed operation, in order. */
    public List<SchemaCheck.Outcome> checks() {
        return Collections.unmodifiableList(checks);
    }

    /** The checks that did not pass. */
    public List<SchemaCheck.Outcome> failures() {
        return checks.stream().filter(o -> !o.passed()).toList();
    }

    /** The tools that ran, in the order of {@code --tools}. */
    public List<String> tools() {
        return Collections.unmodifiableList(ran);
    }

    public Map<String, String> descriptions() {
        return Collections.unmodifiableMap(descriptions);
    }

    /** The requested tools that could not run, with the reason. */
    public Map<String, String> unavailable() {
        return Collections.unmodifiableMap(unavailable);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public Map<String, String> machine() {
        return Collections.unmodifiableMap(machine);
    }

    public double elapsedSeconds() {
        return elapsedSeconds;
    }

    /** What a sample measured: a scenario (or scale command), who or with how many migrations, and in which round. */
    private record Measured(String what, String by, int round) {
    }

    /**
     * Median, min and max of some samples' seconds, the median and max of their peak memory, and the median of their
     * CPU time; a statistic of what was not measured is -1.
     */
    public record Stats(int runs, double median, double min, double max, double rssMedianMib, double rssMaxMib,
                        double cpuMedian) {
        /** The statistics of some samples, or null for none. */
        public static Stats of(List<Sample> samples) {
            if (samples.isEmpty()) {
                return null;
            }
            double[] seconds = samples.stream().mapToDouble(Sample::seconds).sorted().toArray();
            double[] rss = samples.stream().mapToDouble(s -> s.peakRssKib() / 1024.0).sorted().toArray();
            double[] cpu = samples.stream().mapToDouble(Sample::cpuSeconds).sorted().toArray();
            return new Stats(seconds.length, median(seconds), seconds[0], seconds[seconds.length - 1],
                    rss[0] < 0 ? -1 : median(rss), rss[0] < 0 ? -1 : rss[rss.length - 1], cpu[0] < 0 ? -1 : median(cpu));
        }

        static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }
}
