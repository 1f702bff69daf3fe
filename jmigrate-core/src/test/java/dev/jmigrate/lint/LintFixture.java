package dev.jmigrate.lint;

import dev.jmigrate.contract.MigrationFolder;
import java.nio.file.Path;
import java.util.List;

/** Writes small migration folders and lints them, for the rule and linter tests. */
final class LintFixture {
    private LintFixture() {
    }

    /** Writes {@code 000001_test.up.sql} with the given SQL and a harmless down file, and lints the folder. */
    static LintReport lintUp(Path dir, String upSql) {
        new MigrationFolder(dir).file("000001_test.up.sql", upSql).file("000001_test.down.sql", "SELECT 1;\n");
        return Linter.builder().build().lint(dir);
    }

    /** The findings as {@code "<line> <rule-id>"}, in report order. */
    static List<String> found(LintReport report) {
        return report.findings().stream().map(f -> f.line() + " " + f.ruleId()).toList();
    }

    /** The findings of a single up file as {@code "<line> <rule-id>"}. */
    static List<String> foundIn(Path dir, String upSql) {
        return found(lintUp(dir, upSql));
    }
}
