package dev.jmigrate.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of linting one folder: its findings in file, line and column order, and how many files were checked.
 */
public final class LintReport {
    private final String folder;
    private final int filesChecked;
    private final List<Finding> findings;

    /**
     * Creates a report.
     *
     * @param folder       the folder as it was given to the linter
     * @param filesChecked the number of migration files read
     * @param findings     the findings in any order; the report sorts them
     * @throws NullPointerException     when an argument or a finding is null
     * @throws IllegalArgumentException when {@code filesChecked} is negative
     */
    public LintReport(String folder, int filesChecked, List<Finding> findings) {
        this.folder = Objects.requireNonNull(folder, "folder");
        if (filesChecked < 0) {
            throw new IllegalArgumentException("filesChecked must not be negative: " + filesChecked);
        }
        this.filesChecked = filesChecked;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.forEach(f -> Objects.requireNonNull(f, "finding"));
        Collections.sort(sorted);
        this.findings = List.copyOf(sorted);
    }

    /**
     * Returns the folder that was linted.
     *
     * @return the folder as it was given to the linter
     */
    public String folder() {
        return folder;
    }

    /**
     * Returns how many migration files were read.
     *
     * @return the number of files whose names follow the migration grammar
     */
    public int filesChecked() {
        return filesChecked;
    }

    /**
     * Returns the findings.
     *
     * @return the findings ordered by file, line, column and rule id
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Counts the findings of one severity.
     *
     * @param severity the severity
     * @return how many findings have it
     */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Tells whether {@code migrate lint} must fail.
     *
     * @return {@code true} when at least one finding is an {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Returns the exit status {@code migrate lint} ends with.
     *
     * @return 1 when the report {@link #hasErrors() has errors}, else 0
     */
    public int exitStatus() {
        return hasErrors() ? 1 : 0;
    }

    /**
     * Returns the closing line of the text output.
     *
     * @return e.g. {@code "2 errors, 1 warning, 0 infos in 12 files"} or {@code "no findings in 12 files"}
     */
    public String summary() {
        String files = filesChecked + (filesChecked == 1 ? " file" : " files");
        if (findings.isEmpty()) {
            return "no findings in " + files;
        }
        return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning") + ", "
                + plural(count(Severity.INFO), "info") + " in " + files;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
