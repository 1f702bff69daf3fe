package dev.jmigrate.lint;

import dev.jmigrate.json.JsonString;

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
        json.append("  \"folder\": ").append(JsonString.quote(report.folder())).append(",\n");
        json.append("  \"files\": ").append(report.filesChecked()).append(",\n");
        json.append("  \"summary\": {\"errors\": ").append(report.count(Severity.ERROR))
                .append(", \"warnings\": ").append(report.count(Severity.WARNING))
                .append(", \"infos\": ").append(report.count(Severity.INFO)).append("},\n");
        json.append("  \"findings\": [");
        boolean first = true;
        for (Finding f : report.findings()) {
            json.append(first ? "\n" : ",\n");
            first = false;
            json.append("    {\"file\": ").append(JsonString.quote(f.file()))
                    .append(", \"line\": ").append(f.line())
                    .append(", \"column\": ").append(f.column())
                    .append(", \"rule\": ").append(JsonString.quote(f.ruleId()))
                    .append(", \"severity\": ").append(JsonString.quote(f.severity().word()))
                    .append(", \"message\": ").append(JsonString.quote(f.message()))
                    .append(", \"fix\": ").append(JsonString.quote(f.fix()))
                    .append('}');
        }
        json.append(first ? "]\n" : "\n  ]\n");
        return json.append("}\n").toString();
    }
}
