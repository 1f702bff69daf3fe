package dev.jmigrate.lint;

import java.util.Locale;

/** How serious a finding is; {@link #ERROR} findings make {@code migrate lint} exit with a non-zero status. */
public enum Severity {
    /** The migration is likely to fail, lose data or block the application: fix it before it ships. */
    ERROR,
    /** The migration works but risks trouble in production or breaks a convention. */
    WARNING,
    /** A remark worth knowing; never fails a build. */
    INFO;

    /**
     * Returns the lower-case word used in configuration files and output.
     *
     * @return {@code "error"}, {@code "warning"} or {@code "info"}
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a severity word.
     *
     * @param word {@code error}, {@code warning} or {@code info} in any case, surrounding blanks ignored
     * @return the severity
     * @throws IllegalArgumentException when the word names no severity
     * @throws NullPointerException     when {@code word} is null
     */
    public static Severity fromWord(String word) {
        String w = word.strip().toUpperCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.name().equals(w)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + word.strip() + "': use error, warning or info");
    }
}
