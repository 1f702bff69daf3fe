package dev.jmigrate.lint;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found by a rule.
 *
 * @param file     the path of the file, as the folder was given to the linter joined with the file name
 * @param line     the 1-based line of the problem
 * @param column   the 1-based column of the problem, counted in Unicode code points
 * @param ruleId   the id of the rule that found it, e.g. {@code index-without-concurrently}
 * @param severity the severity in force (the rule's default or the configured one)
 * @param message  one sentence saying what is wrong, without a line break
 * @param fix      one sentence saying how to fix it, without a line break
 */
public record Finding(String file, int line, int column, String ruleId, Severity severity, String message,
                      String fix) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /**
     * Checks the components and turns line breaks in the texts into spaces.
     *
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when {@code line} or {@code column} is below 1
     */
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        message = oneLine(Objects.requireNonNull(message, "message"));
        fix = oneLine(Objects.requireNonNull(fix, "fix"));
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position: line " + line + ", column " + column);
        }
    }

    /**
     * Orders findings by file, line, column, rule id, then message.
     *
     * @param other the finding to compare with
     * @return a negative number, zero or a positive number as this finding comes before, with or after
     *         {@code other}
     */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*(\\r\\n|\\r|\\n)\\s*", " ").strip();
    }
}
