package dev.jmigrate.lint;

import dev.jmigrate.source.MigrationFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code duplicate-version}: two files with the same version and direction. */
final class DuplicateVersionRule extends BaseRule implements FolderRule {
    DuplicateVersionRule() {
        super("duplicate-version", Severity.ERROR,
                "two files have the same version and direction; golang-migrate refuses to run such a folder");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        Map<String, List<MigrationFile>> groups = new LinkedHashMap<>();
        for (MigrationFile file : folder.migrations()) {
            String key = Long.toUnsignedString(file.version()) + " " + file.direction().word();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
        }
        groups.forEach((key, files) -> {
            if (files.size() < 2) {
                return;
            }
            String names = files.stream().map(MigrationFile::name).collect(Collectors.joining(", "));
            for (MigrationFile file : files) {
                reporter.report(file.name(), 1, 1, "version " + Long.toUnsignedString(file.version()) + " has "
                                + files.size() + " " + file.direction().word() + " files (" + names
                                + "): the folder cannot be migrated",
                        "give all but one of them a version number that is not used yet");
            }
        });
    }
}
