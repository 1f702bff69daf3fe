package dev.jmigrate.lint;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code missing-down}: an up file without a down file of the same version. */
final class MissingDownRule extends BaseRule implements FolderRule {
    MissingDownRule() {
        super("missing-down", Severity.WARNING, "an up migration has no down migration, so it cannot be rolled back");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        Set<Long> downs = folder.migrations().stream().filter(f -> f.direction() == Direction.DOWN)
                .map(MigrationFile::version).collect(Collectors.toSet());
        for (MigrationFile file : folder.migrations()) {
            if (file.direction() == Direction.UP && !downs.contains(file.version())) {
                String down = file.name().replaceFirst("\\.up\\.", ".down.");
                reporter.report(file.name(), 1, 1, "version " + Long.toUnsignedString(file.version())
                                + " has an up file but no down file, so it cannot be rolled back",
                        "add " + down + " that undoes this file, or mark the file with"
                                + " -- lint:ignore-file missing-down if it is irreversible on purpose");
            }
        }
    }
}
