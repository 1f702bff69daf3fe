package dev.jmigrate.lint;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code missing-up}: a down file without an up file of the same version. */
final class MissingUpRule extends BaseRule implements FolderRule {
    MissingUpRule() {
        super("missing-up", Severity.WARNING, "a down migration has no up migration of the same version");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        Set<Long> ups = folder.migrations().stream().filter(f -> f.direction() == Direction.UP)
                .map(MigrationFile::version).collect(Collectors.toSet());
        for (MigrationFile file : folder.migrations()) {
            if (file.direction() == Direction.DOWN && !ups.contains(file.version())) {
                reporter.report(file.name(), 1, 1, "version " + Long.toUnsignedString(file.version())
                                + " has a down file but no up file: going up records the version without running"
                                + " anything, going down runs this file",
                        "add the matching .up.sql file, or delete this down file if its up file was removed on"
                                + " purpose");
            }
        }
    }
}
