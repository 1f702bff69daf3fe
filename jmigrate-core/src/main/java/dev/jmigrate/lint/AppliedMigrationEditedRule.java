package dev.jmigrate.lint;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;

/**
 * {@code applied-migration-edited}: an up file that changed after it was applied to the database given to the
 * linter (its checksum differs from the one in the history). Without a database the rule finds nothing.
 */
final class AppliedMigrationEditedRule extends BaseRule implements FolderRule {
    AppliedMigrationEditedRule() {
        super("applied-migration-edited", Severity.ERROR,
                "an applied migration was edited afterwards (checksum differs from the history; needs a database)");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        for (MigrationFile file : folder.migrations()) {
            if (file.direction() == Direction.UP && folder.modifiedVersions().contains(file.version())) {
                reporter.report(file.name(), 1, 1, "version " + Long.toUnsignedString(file.version())
                                + " was applied to the database, but this file changed since: the database does not"
                                + " have the change and other databases will differ from it",
                        "restore the file as it was applied and put the change into a new migration");
            }
        }
    }
}
