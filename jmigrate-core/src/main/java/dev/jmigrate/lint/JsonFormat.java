package dev.jmigrate.lint;

/**
 * A stable JSON document for programs:
 * <pre>{@code
 * {
 *   "folder": "migrations",
 *   "files": 12,
 *   "summary": {"errors": 1, "warnings": 2, "infos": 0},
 *   "findings": [
 *     {"file": "migrations/000002_x.up.sql", "line": 3, "column": 1, "rule": "drop-column",
 *      "severity": "error", "message": "...", "fix": "..."}
 *   ]
 * }
 * }</pre>
 * The members always appear in this order, findings in report order; one finding per line.
 */
public final class JsonFormat implements LintFormat {

    /** Creates the format. */
    public JsonFormat() {
    }

    /**
     * Renders the report as one JSON object.
     *
     * @param report the report
     * @return the document, ending with a line break
     */
    @Override
    public String format(LintReport report) {
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"folder\": ").append(string(report.folder())).append(",\n");
        json.append("  \"files\": ").append(report.filesChecked()).append(",\n");
        json.append("  \"summary\": {\"errors\": ").append(report.count(Severity.ERROR))
                .append(", \"warnings\": ").append(report.count(Severity.WARNING))
                .append(", \"infos\": ").append(report.count(Severity.INFO)).append("},\n");
        json.append("  \"findings\": [");
        boolean first = true;
        for (Finding f : report.findings()) {
            json.append(first ? "\n" : ",\n");
            first = false;
            json.append("    {\"file\": ").append(string(f.file()))
                    .append(", \"line\": ").append(f.line())
                    .append(", \"column\": ").append(f.column())
                    .append(", \"rule\": ").append(string(f.ruleId()))
                    .append(", \"severity\": ").append(string(f.severity().word()))
                    .append(", \"message\": ").append(string(f.message()))
                    .append(", \"fix\": ").append(string(f.fix()))
                    .append('}');
        }
        json.append(first ? "]\n" : "\n  ]\n");
        return json.append("}\n").toString();
    }

    /**
     * Quotes a string as a JSON string literal.
     *
     * @param text any string
     * @return the literal, with {@code "}, {@code \}, control characters and the line separators U+2028 and U+2029
     *         escaped
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
