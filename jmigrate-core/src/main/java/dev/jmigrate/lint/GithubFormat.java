package dev.jmigrate.lint;

/**
 * GitHub Actions workflow commands, which the CI log turns into annotations on the changed files:
 * {@code ::error file=F,line=L,col=C,title=rule-id::message (fix: ...)}, with {@code ::warning} and
 * {@code ::notice} for the other severities, then the plain summary line. Values are escaped as the workflow
 * command syntax requires ({@code %}, line breaks, and in properties {@code :} and {@code ,}).
 */
public final class GithubFormat implements LintFormat {

    /** Creates the format. */
    public GithubFormat() {
    }

    /**
     * Renders one workflow command per finding and the summary.
     *
     * @param report the report
     * @return the commands in report order, then {@link LintReport#summary()}
     */
    @Override
    public String format(LintReport report) {
        StringBuilder text = new StringBuilder();
        for (Finding f : report.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            text.append("::").append(command)
                    .append(" file=").append(property(f.file()))
                    .append(",line=").append(f.line())
                    .append(",col=").append(f.column())
                    .append(",title=").append(property(f.ruleId()))
                    .append("::").append(data(f.message() + " (fix: " + f.fix() + ")"))
                    .append('\n');
        }
        return text.append(report.summary()).append('\n').toString();
    }

    /** Escapes a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command's property value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
