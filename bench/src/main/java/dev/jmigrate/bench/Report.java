package dev.jmigrate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

/** Turns {@link Results} into the markdown report: machine, tools, the table per scenario, the targets, the checks. */
public final class Report {
    /** The floor's tool name. */
    public static final String FLOOR = "psql";
    /** The tool the read-only commands are compared with. */
    public static final String REFERENCE = "flyway";

    private Report() {
    }

    /** Writes {@code <date>-n<N>.md} into the folder and copies it to {@code latest.md}; returns the dated file. */
    public static Path write(Results results, Path folder) throws IOException {
        Files.createDirectories(folder);
        String date = results.machine().getOrDefault("date", java.time.LocalDate.now().toString());
        Path file = folder.resolve(date + "-n" + results.config().n() + ".md");
        Files.writeString(file, markdown(results), StandardCharsets.UTF_8);
        Files.copy(file, folder.resolve("latest.md"), StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The short text printed at the end of a run: the results table and the targets. */
    public static String summary(Results results) {
        return resultsTable(results) + "\n" + targetsTable(results) + "\n" + checksLine(results) + "\n";
    }

    /** The whole report. */
    public static String markdown(Results results) {
        Runner.Config c = results.config();
        StringBuilder md = new StringBuilder();
        md.append("# Migration tools side by side: N = ").append(c.n()).append(", ").append(c.rounds())
                .append(c.rounds() == 1 ? " round" : " rounds").append("\n\n");
        md.append("Made by `").append(c.commandLine()).append("` on ").append(results.machine().get("date"))
                .append(String.format(Locale.ROOT, " (the whole run took %.0f s). ", results.elapsedSeconds()))
                .append("Reproduce from the repository root with `").append(c.commandLine()).append("`.\n\n");

        md.append("## Machine\n\n| | |\n| --- | --- |\n");
        for (Map.Entry<String, String> e : results.machine().entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(cell(e.getValue())).append(" |\n");
        }

        md.append("\n## Tools\n\n");
        for (Map.Entry<String, String> e : results.descriptions().entrySet()) {
            md.append("- **").append(e.getKey()).append("**: ").append(e.getValue()).append('\n');
        }
        for (Map.Entry<String, String> e : results.unavailable().entrySet()) {
            md.append("- **").append(e.getKey()).append("**: not run: ").append(e.getValue()).append('\n');
        }
        md.append("\nThe migrations: ").append(results.plan().mix()).append("; each with a down that undoes it. ")
                .append("Applied, they make ").append(results.plan().expected().tables()).append(" tables, ")
                .append(results.plan().expected().indexes()).append(" indexes, ")
                .append(results.plan().expected().columns()).append(" columns and ")
                .append(results.plan().expected().seedRows()).append(" seed rows.\n");

        md.append("\n## Results\n\n");
        md.append("Wall-clock seconds of whole processes (JVM or binary start, connection, work, exit), median with min "
                + "and max over the rounds; CPU is the user and system seconds of the tool's own processes (GNU time's "
                + "`%U` + `%S`, the database server's work not included), median over the rounds; peak RSS is GNU "
                + "time's `%M`, median (max) over the rounds. Each round "
                + "gives every tool, in an order rotated per round, a fresh database of its own on the same server. "
                + "Ratios are of medians: apply and roll back against the psql floor, the read-only commands against "
                + "Flyway. An untimed warm-up round with 10 migrations runs first.\n\n");
        md.append(resultsTable(results));

        md.append("\n## Targets (issue: measured at N = 500)\n\n");
        if (c.n() != 500) {
            md.append("This run has N = ").append(c.n()).append(", not 500: the verdicts below are for this N only.\n\n");
        }
        md.append(targetsTable(results));
        String byRound = roundsTable(results);
        if (!byRound.isEmpty()) {
            md.append("\nThe same ratios round by round: the two times of each come from one round, minutes apart at "
                    + "most, so a drift of the machine's speed between rounds cancels out in them as it does not in a "
                    + "ratio of medians. The verdicts above use the ratio of medians.\n\n").append(byRound);
        }

        if (!results.scale().isEmpty()) {
            md.append("\n## jmigrate with 10 against ").append(String.format(Locale.ROOT, "%,d", c.scale()))
                    .append(" migrations in the folder\n\n");
            md.append(scaleTable(results));
        }

        md.append("\n## Schema checks\n\n").append(checksLine(results)).append("\n");
        for (SchemaCheck.Outcome o : results.failures()) {
            md.append("- FAILED: ").append(o.tool()).append(", round ").append(o.round()).append(", ").append(o.stage())
                    .append(": ").append(o.detail()).append('\n');
        }
        md.append("\nAfter every apply and no-op `up` the catalog of schema `public` must hold exactly the tables, "
                + "indexes and columns the generator says the N migrations make (the tools' history tables aside), the "
                + "seed rows must be there, and the tool's history must say all N are applied; after every roll back "
                + "nothing may be left and the history must say none is applied.\n");

        md.append("\n## Notes\n\n");
        md.append("- Whole processes, as a user or a deploy script runs them: JVM start-up is part of every number for "
                + "jmigrate and Flyway.\n");
        for (String note : results.notes()) {
            md.append("- ").append(note).append('\n');
        }

        md.append("\n<details><summary>Every sample (seconds, peak RSS KiB, CPU seconds)</summary>\n\n");
        md.append("| scenario | tool | samples |\n| --- | --- | --- |\n");
        for (Scenario s : Scenario.values()) {
            for (String tool : results.tools()) {
                List<Sample> samples = results.samples(s, tool);
                if (!samples.isEmpty()) {
                    md.append("| ").append(s.label()).append(" | ").append(tool).append(" | ").append(raw(samples))
                            .append(" |\n");
                }
            }
        }
        for (Map.Entry<String, Map<Integer, List<Sample>>> e : results.scale().entrySet()) {
            for (Map.Entry<Integer, List<Sample>> m : e.getValue().entrySet()) {
                md.append("| scale: ").append(e.getKey()).append(" with ").append(m.getKey())
                        .append(" | jmigrate | ").append(raw(m.getValue())).append(" |\n");
            }
        }
        md.append("\n</details>\n");
        return md.toString();
    }

    private static String raw(List<Sample> samples) {
        List<String> parts = new ArrayList<>();
        for (Sample s : samples) {
            parts.add(String.format(Locale.ROOT, "%.3f s / %d / %.2f", s.seconds(), s.peakRssKib(), s.cpuSeconds()));
        }
        return String.join(", ", parts);
    }

    static String resultsTable(Results results) {
        StringBuilder md = new StringBuilder();
        md.append("| scenario | tool | runs | median s | min s | max s | CPU s | peak RSS MiB | ratio |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Scenario s : Scenario.values()) {
            for (String tool : results.tools()) {
                Results.Stats st = Results.Stats.of(results.samples(s, tool));
                md.append("| ").append(s.label()).append(" | ").append(tool).append(" | ");
                if (st == null) {
                    md.append("- | n/a | | | | | |\n");
                    continue;
                }
                md.append(st.runs()).append(" | ").append(sec(st.median())).append(" | ").append(sec(st.min()))
                        .append(" | ").append(sec(st.max())).append(" | ").append(cpu(st)).append(" | ").append(rss(st))
                        .append(" | ").append(ratioCell(results, s, tool, st)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String ratioCell(Results results, Scenario s, String tool, Results.Stats st) {
        String against = s == Scenario.APPLY || s == Scenario.ROLLBACK ? FLOOR : REFERENCE;
        if (tool.equals(against)) {
            return s == Scenario.APPLY || s == Scenario.ROLLBACK ? "1.00 (floor)" : "1.00 (reference)";
        }
        Results.Stats base = Results.Stats.of(results.samples(s, against));
        if (base == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f × %s", st.median() / base.median(),
                against.equals(FLOOR) ? "floor" : "Flyway");
    }

    private record Target(String what, String limit, Double measured, String unit, boolean below, double bound,
                          String detail) {
    }

    static String targetsTable(Results results) {
        List<Target> targets = new ArrayList<>();
        targets.add(ratio(results, "apply N from empty, jmigrate / psql floor", Scenario.APPLY, FLOOR, 1.15));
        targets.add(ratio(results, "roll back all, jmigrate / psql floor (down files)", Scenario.ROLLBACK, FLOOR, 1.15));
        targets.add(ratio(results, "`up` with nothing to do, jmigrate / Flyway", Scenario.NOOP_UP, REFERENCE, 0.35));
        targets.add(ratio(results, "`version`, jmigrate / Flyway (`info`)", Scenario.VERSION, REFERENCE, 0.35));
        targets.add(memory(results, "peak memory of `version`", Scenario.VERSION, 64));
        targets.add(memory(results, "peak memory of applying N", Scenario.APPLY, 128));
        int scale = results.config().scale();
        targets.add(scale(results, "`status` with " + scale + " / with 10 migrations", "status"));
        targets.add(scale(results, "no-op `up` with " + scale + " / with 10 migrations", "up"));

        StringBuilder md = new StringBuilder("| target | limit | measured | met |\n| --- | ---: | ---: | --- |\n");
        for (Target t : targets) {
            md.append("| ").append(t.what()).append(" | ").append(t.limit()).append(" | ");
            if (t.measured() == null) {
                md.append("n/a | not measured: ").append(t.detail()).append(" |\n");
                continue;
            }
            boolean met = t.measured() <= t.bound() && (!t.below() || t.measured() < t.bound());
            md.append(String.format(Locale.ROOT, "%.2f%s", t.measured(), t.unit())).append(" | ")
                    .append(met ? "yes" : "**no**").append(t.detail().isEmpty() ? "" : " (" + t.detail() + ")")
                    .append(" |\n");
        }
        return md.toString();
    }

    private static Target ratio(Results results, String what, Scenario s, String against, double bound) {
        Results.Stats mine = Results.Stats.of(results.samples(s, "jmigrate"));
        Results.Stats base = Results.Stats.of(results.samples(s, against));
        String limit = String.format(Locale.ROOT, "≤ %.2f ×", bound);
        if (mine == null || base == null) {
            return new Target(what, limit, null, "", false, bound, "jmigrate or " + against + " did not run");
        }
        return new Target(what, limit, mine.median() / base.median(), " ×", false, bound,
                String.format(Locale.ROOT, "%s s against %s s", sec(mine.median()), sec(base.median())));
    }

    private static Target memory(Results results, String what, Scenario s, int mib) {
        Results.Stats mine = Results.Stats.of(results.samples(s, "jmigrate"));
        String limit = "< " + mib + " MiB";
        if (mine == null || mine.rssMaxMib() < 0) {
            return new Target(what, limit, null, "", true, mib, "jmigrate did not run or GNU time is missing");
        }
        return new Target(what, limit, mine.rssMaxMib(), " MiB", true, mib, "largest of the rounds");
    }

    private static Target scale(Results results, String what, String command) {
        Map<Integer, List<Sample>> byCount = results.scale().get(command);
        if (byCount == null || byCount.size() < 2) {
            return new Target(what, "≤ 1.50 ×", null, "", false, 1.5, "the scale run was skipped");
        }
        Results.Stats small = Results.Stats.of(byCount.get(10));
        Results.Stats large = Results.Stats.of(byCount.get(results.config().scale()));
        return new Target(what, "≤ 1.50 ×", large.median() / small.median(), " ×", false, 1.5,
                String.format(Locale.ROOT, "%s s against %s s", sec(large.median()), sec(small.median())));
    }

    /** A ratio of two times of one round, or empty when either did not run then. */
    private record RoundRatio(String what, IntFunction<OptionalDouble> inRound) {
    }

    static String roundsTable(Results results) {
        int scale = results.config().scale();
        List<RoundRatio> ratios = List.of(
                new RoundRatio("apply N, jmigrate / psql floor", r -> pair(results.sample(Scenario.APPLY, "jmigrate", r),
                        results.sample(Scenario.APPLY, FLOOR, r))),
                new RoundRatio("roll back all, jmigrate / psql floor", r -> pair(results.sample(Scenario.ROLLBACK, "jmigrate", r),
                        results.sample(Scenario.ROLLBACK, FLOOR, r))),
                new RoundRatio("`up` with nothing to do, jmigrate / Flyway", r -> pair(
                        results.sample(Scenario.NOOP_UP, "jmigrate", r), results.sample(Scenario.NOOP_UP, REFERENCE, r))),
                new RoundRatio("`version`, jmigrate / Flyway", r -> pair(results.sample(Scenario.VERSION, "jmigrate", r),
                        results.sample(Scenario.VERSION, REFERENCE, r))),
                new RoundRatio("`status`, " + scale + " / 10 migrations", r -> pair(results.scaleSample("status", scale, r),
                        results.scaleSample("status", 10, r))),
                new RoundRatio("no-op `up`, " + scale + " / 10 migrations", r -> pair(results.scaleSample("up", scale, r),
                        results.scaleSample("up", 10, r))));
        int rounds = results.config().rounds();
        StringBuilder md = new StringBuilder("| ratio |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (int r = 1; r <= rounds; r++) {
            md.append(" round ").append(r).append(" |");
            rule.append(" ---: |");
        }
        md.append(" median |\n").append(rule).append(" ---: |\n");
        boolean any = false;
        for (RoundRatio ratio : ratios) {
            List<Double> values = new ArrayList<>();
            StringBuilder row = new StringBuilder("| ").append(ratio.what()).append(" |");
            for (int r = 1; r <= rounds; r++) {
                OptionalDouble value = ratio.inRound().apply(r);
                value.ifPresent(values::add);
                row.append(value.isPresent() ? String.format(Locale.ROOT, " %.2f |", value.getAsDouble()) : " - |");
            }
            if (values.isEmpty()) {
                continue;
            }
            any = true;
            double median = Results.Stats.median(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
            md.append(row).append(String.format(Locale.ROOT, " %.2f |\n", median));
        }
        return any ? md.toString() : "";
    }

    private static OptionalDouble pair(Optional<Sample> mine, Optional<Sample> base) {
        return mine.isPresent() && base.isPresent() ? OptionalDouble.of(mine.get().seconds() / base.get().seconds())
                : OptionalDouble.empty();
    }

    static String scaleTable(Results results) {
        int scale = results.config().scale();
        StringBuilder md = new StringBuilder();
        md.append("`status` and a no-op `up` on a database where every migration of the folder is applied, the two "
                + "folders alternating per round.\n\n");
        md.append("| command | migrations | runs | median s | min s | max s | CPU s | peak RSS MiB | ratio to 10 |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<String, Map<Integer, List<Sample>>> e : results.scale().entrySet()) {
            Results.Stats small = Results.Stats.of(e.getValue().getOrDefault(10, List.of()));
            for (Map.Entry<Integer, List<Sample>> m : e.getValue().entrySet()) {
                Results.Stats st = Results.Stats.of(m.getValue());
                md.append("| `").append(e.getKey()).append("` | ").append(String.format(Locale.ROOT, "%,d", m.getKey()))
                        .append(" | ").append(st.runs()).append(" | ").append(sec(st.median())).append(" | ")
                        .append(sec(st.min())).append(" | ").append(sec(st.max())).append(" | ").append(cpu(st))
                        .append(" | ").append(rss(st))
                        .append(" | ").append(small == null ? "" : String.format(Locale.ROOT, "%.2f ×",
                                st.median() / small.median())).append(" |\n");
            }
        }
        if (!results.scaleApply().isEmpty()) {
            md.append("\nSetting up (one run each, not a target): ");
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Integer, Sample> e : results.scaleApply().entrySet()) {
                parts.add(String.format(Locale.ROOT, "applying %,d migrations took %.1f s (peak %d MiB)", e.getKey(),
                        e.getValue().seconds(), e.getValue().peakRssKib() / 1024));
            }
            md.append(String.join("; ", parts)).append(".\n");
        }
        if (scale != 0 && results.scale().values().stream().noneMatch(m -> m.containsKey(scale))) {
            md.append("\nThe run with ").append(scale).append(" migrations did not complete.\n");
        }
        return md.toString();
    }

    private static String checksLine(Results results) {
        int total = results.checks().size();
        int failed = results.failures().size();
        return failed == 0 ? "All " + total + " schema checks passed."
                : "**" + failed + " of " + total + " schema checks or runs FAILED.**";
    }

    private static String sec(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String cpu(Results.Stats st) {
        return st.cpuMedian() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", st.cpuMedian());
    }

    private static String rss(Results.Stats st) {
        return st.rssMedianMib() < 0 ? "-" : String.format(Locale.ROOT, "%.0f (%.0f)", st.rssMedianMib(), st.rssMaxMib());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", "; ");
    }
}
