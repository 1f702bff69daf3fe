package dev.jmigrate.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What {@link DownVerifier} found: one {@link VersionResult} per version of the folder that was above the
 * database's version when verification started, in ascending order. Verification stops at the first failure;
 * the versions after it are {@link Outcome#NOT_CHECKED}. Immutable.
 */
public final class VerifyReport {
    private final String source;
    private final List<VersionResult> results;

    /** How the verification of one version ended. */
    public enum Outcome {
        /** Up, down and up again ran, the down restored the schema exactly, and the second up rebuilt it. */
        VERIFIED(false),
        /** The version has an up file but no down file: it was applied and left applied. */
        NOT_REVERSIBLE(false),
        /** The version has a down file but no up file: going up runs nothing, so its down file was not run. */
        DOWN_ONLY(false),
        /** The up migration failed the first time. */
        UP_FAILED(true),
        /** The down migration failed. */
        DOWN_FAILED(true),
        /** The down migration ran but left the schema different from before the up migration. */
        NOT_REVERTED(true),
        /** The up migration failed when applied again after its down migration. */
        REAPPLY_FAILED(true),
        /** The up migration applied again after its down migration built a different schema than the first time. */
        NOT_REPEATABLE(true),
        /** Not verified because verification stopped at an earlier version. */
        NOT_CHECKED(false),
        /** The version has no down file and the verifier was told to stop at such a version. */
        IRREVERSIBLE_STOP(true);

        private final boolean failure;

        Outcome(boolean failure) {
            this.failure = failure;
        }

        /**
         * Tells whether this outcome fails the verification.
         *
         * @return {@code true} for the outcomes that make {@code migrate verify} exit with a non-zero status
         */
        public boolean isFailure() {
            return failure;
        }
    }

    /**
     * The verification of one version.
     *
     * @param version     the version
     * @param title       the title from the file names (may be empty)
     * @param outcome     how it ended
     * @param differences for {@link Outcome#NOT_REVERTED} how the schema after the down migration differs from the
     *                    schema before the up migration; for {@link Outcome#NOT_REPEATABLE} how the schema after the
     *                    second up differs from the schema after the first; empty otherwise
     * @param detail      the database's error for the failed outcomes, a note otherwise; never null, may be empty
     */
    public record VersionResult(long version, String title, Outcome outcome, List<SchemaDifference> differences,
                                String detail) {

        /**
         * Checks the components and copies the list.
         *
         * @throws NullPointerException when a component is null
         */
        public VersionResult {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(outcome, "outcome");
            differences = List.copyOf(differences);
            Objects.requireNonNull(detail, "detail");
        }

        /**
         * Names the version for people.
         *
         * @return e.g. {@code "2 (add_phone)"}, or {@code "2"} without a title
         */
        public String name() {
            String v = Long.toUnsignedString(version);
            return title.isEmpty() ? v : v + " (" + title + ")";
        }

        /**
         * Describes the outcome in one sentence.
         *
         * @return e.g. {@code "the down migration does not undo the up migration"}
         */
        public String explanation() {
            return switch (outcome) {
                case VERIFIED -> "the down migration restores the schema" + (detail.isEmpty() ? "" : " (" + detail + ")");
                case NOT_REVERSIBLE -> "not reversible (no down file); left applied";
                case DOWN_ONLY -> "only a down file: going up runs nothing, so its down file was not run";
                case UP_FAILED -> "the up migration failed";
                case DOWN_FAILED -> "the down migration failed";
                case NOT_REVERTED -> "the down migration does not undo the up migration";
                case REAPPLY_FAILED -> "the up migration fails when applied again after its down migration";
                case NOT_REPEATABLE -> "the up migration builds a different schema when applied again after its down"
                        + " migration";
                case NOT_CHECKED -> "not checked";
                case IRREVERSIBLE_STOP -> "not reversible (no down file); verification stopped here";
            };
        }

        /**
         * Renders the result for the text output: one line, then one indented line per difference and per line of
         * the database's error.
         *
         * @return the lines, each ending with a line break
         */
        public String describe() {
            String status = outcome == Outcome.VERIFIED ? "ok" : outcome.isFailure() ? "FAILED"
                    : outcome == Outcome.NOT_CHECKED ? "-" : "skipped";
            StringBuilder text = new StringBuilder(String.format("  %-7s %s: %s", status, name(), explanation()));
            text.append('\n');
            for (SchemaDifference difference : differences) {
                text.append("            ").append(difference.describe()).append('\n');
            }
            if (outcome.isFailure() && !detail.isEmpty()) {
                for (String line : detail.split("\\R")) {
                    text.append("            ").append(line).append('\n');
                }
            }
            return text.toString();
        }
    }

    /**
     * Creates a report.
     *
     * @param source  the migration source's location, for the text output
     * @param results the results in ascending version order
     * @throws NullPointerException when an argument or a result is null
     */
    public VerifyReport(String source, List<VersionResult> results) {
        this.source = Objects.requireNonNull(source, "source");
        this.results = List.copyOf(results);
    }

    /**
     * Returns the location of the verified migrations.
     *
     * @return the source's location
     */
    public String source() {
        return source;
    }

    /**
     * Returns the result of every version.
     *
     * @return the results in ascending version order
     */
    public List<VersionResult> results() {
        return results;
    }

    /**
     * Tells whether every down migration that could be checked undoes its up migration.
     *
     * @return {@code true} when no result {@link Outcome#isFailure() is a failure}
     */
    public boolean passed() {
        return firstFailure().isEmpty();
    }

    /**
     * Returns the failure that stopped verification.
     *
     * @return the first failed result, or empty when verification passed
     */
    public Optional<VersionResult> firstFailure() {
        return results.stream().filter(r -> r.outcome().isFailure()).findFirst();
    }

    /**
     * Counts the results with one outcome.
     *
     * @param outcome the outcome
     * @return how many versions ended so
     */
    public int count(Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /**
     * Returns the exit status of {@code migrate verify}.
     *
     * @return 0 when verification {@link #passed()}, 1 otherwise
     */
    public int exitStatus() {
        return passed() ? 0 : 1;
    }

    /**
     * Returns the closing line of the output.
     *
     * @return e.g. {@code "verify passed: 5 versions verified, 1 not reversible (no down file)"} or
     *         {@code "verify failed at version 2 (add_phone): the down migration does not undo the up migration;
     *         1 verified, 3 not checked"}
     */
    public String summary() {
        StringJoiner counts = new StringJoiner(", ");
        counts.add(count(Outcome.VERIFIED) + (count(Outcome.VERIFIED) == 1 ? " version" : " versions") + " verified");
        if (count(Outcome.NOT_REVERSIBLE) > 0) {
            counts.add(count(Outcome.NOT_REVERSIBLE) + " not reversible (no down file)");
        }
        if (count(Outcome.DOWN_ONLY) > 0) {
            counts.add(count(Outcome.DOWN_ONLY) + " with only a down file");
        }
        if (count(Outcome.NOT_CHECKED) > 0) {
            counts.add(count(Outcome.NOT_CHECKED) + " not checked");
        }
        Optional<VersionResult> failure = firstFailure();
        if (failure.isEmpty()) {
            return "verify passed: " + counts;
        }
        return "verify failed at version " + failure.get().name() + ": " + failure.get().explanation() + "; " + counts;
    }

    /**
     * Renders the whole report for people: a heading, one block per version, and the summary line.
     *
     * @return the text, each line ending with a line break
     */
    public String describe() {
        StringBuilder text = new StringBuilder("verifying the down migrations of ").append(source).append('\n');
        for (VersionResult result : results) {
            text.append(result.describe());
        }
        return text.append(summary()).append('\n').toString();
    }
}
