package dev.jmigrate.lint;

import dev.jmigrate.source.MigrationFile;

/** {@code empty-migration}: a migration file without any statement. */
final class EmptyMigrationRule extends BaseRule implements FolderRule {
    EmptyMigrationRule() {
        super("empty-migration", Severity.WARNING, "a migration file has no SQL statement (empty or comments only)");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        for (MigrationFile file : folder.migrations()) {
            folder.script(file).filter(s -> s.parsed().isEmpty()).ifPresent(s -> reporter.report(file.name(), 1, 1,
                    "the file has no SQL statement, so the " + file.direction().word() + " migration of version "
                            + Long.toUnsignedString(file.version()) + " does nothing",
                    "write the statements it should run, or delete the file if this direction needs none"));
        }
    }
}
