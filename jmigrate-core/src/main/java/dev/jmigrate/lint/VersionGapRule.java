package dev.jmigrate.lint;

import dev.jmigrate.lint.LintConfig.Numbering;
import dev.jmigrate.source.MigrationFile;
import java.util.List;

/** {@code version-gap}: a missing number in a sequentially numbered folder. */
final class VersionGapRule extends BaseRule implements FolderRule {
    VersionGapRule() {
        super("version-gap", Severity.WARNING, "a sequentially numbered folder skips a version number");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        if (NumberingStyle.expected(folder) != Numbering.SEQUENTIAL) {
            return;
        }
        List<Long> versions = folder.migrations().stream().map(MigrationFile::version)
                .filter(v -> NumberingStyle.of(v) == Numbering.SEQUENTIAL).distinct().sorted().toList();
        for (int i = 1; i < versions.size(); i++) {
            long previous = versions.get(i - 1);
            long current = versions.get(i);
            if (current - previous > 1) {
                String missing = current - previous == 2 ? "version " + (previous + 1) + " is missing"
                        : "versions " + (previous + 1) + " to " + (current - 1) + " are missing";
                MigrationFile file = folder.representative(current).orElseThrow();
                reporter.report(file.name(), 1, 1, missing + " between " + previous + " and " + current,
                        "renumber this and the following migrations if no database has applied them yet;"
                                + " otherwise silence the gap with -- lint:ignore-file version-gap");
            }
        }
    }
}
