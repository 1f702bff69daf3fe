package dev.jmigrate.lint;

/**
 * The output for people: one line per finding,
 * {@code file:line:column: severity rule-id: message (fix: ...)}, then the report's summary line.
 */
public final class TextFormat implements LintFormat {

    /** Creates the format. */
    public TextFormat() {
    }

    /**
     * Renders the findings and the summary.
     *
     * @param report the report
     * @return one line per finding in report order, then {@link LintReport#summary()}
     */
    @Override
    public String format(LintReport report) {
        StringBuilder text = new StringBuilder();
        for (Finding f : report.findings()) {
            text.append(line(f)).append('\n');
        }
        return text.append(report.summary()).append('\n').toString();
    }

    /**
     * Renders one finding.
     *
     * @param f the finding
     * @return {@code file:line:column: severity rule-id: message (fix: fix)} without a line break
     */
    public static String line(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().word() + " " + f.ruleId() + ": "
                + f.message() + " (fix: " + f.fix() + ")";
    }
}
