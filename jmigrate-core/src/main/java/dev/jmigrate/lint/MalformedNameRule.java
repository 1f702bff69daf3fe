package dev.jmigrate.lint;

import dev.jmigrate.source.MigrationFile;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code malformed-name}: a file that looks like a migration but that golang-migrate ignores (the name does not
 * follow {@code {version}_{title}.up|down.{ext}}), or that it reads as a migration although it is probably not
 * one (an extension other than {@code sql}, such as {@code .up.sql.bak}).
 */
final class MalformedNameRule extends BaseRule implements FolderRule {
    private static final Pattern ANY_CASE = Pattern.compile("^([0-9]+)_(.*)\\.(down|up)\\.(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNIX_LINES);
    private static final Pattern VERSION_PREFIX = Pattern.compile("^[0-9]+_");
    private static final String FIX = "rename it to {version}_{title}.up.sql or {version}_{title}.down.sql, or move"
            + " it out of the migrations folder";

    MalformedNameRule() {
        super("malformed-name", Severity.ERROR,
                "a file name does not follow {version}_{title}.up|down.sql, so the file is ignored or misread");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        for (String name : folder.fileNames()) {
            String problem = problem(name, folder);
            if (problem != null) {
                reporter.report(name, 1, 1, problem, FIX);
            }
        }
    }

    private static String problem(String name, LintFolder folder) {
        for (MigrationFile file : folder.migrations()) {
            if (file.name().equals(name)) {
                String extension = name.substring(name.indexOf('_') + file.title().length()
                        + file.direction().word().length() + 3);
                return extension.equals("sql") ? null : "the file is read as a migration although its extension is '"
                        + extension + "', not 'sql'";
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean looksLikeMigration = lower.endsWith(".sql") || lower.contains(".up.") || lower.contains(".down.")
                || VERSION_PREFIX.matcher(name).find();
        if (!looksLikeMigration) {
            return null;
        }
        Matcher anyCase = ANY_CASE.matcher(name);
        if (anyCase.matches()) {
            try {
                Long.parseUnsignedLong(anyCase.group(1));
            } catch (NumberFormatException overflow) {
                return "the version " + anyCase.group(1) + " does not fit in 64 bits, so the file is ignored";
            }
            return "the direction must be written in lower case (.up. or .down.), so the file is ignored";
        }
        if (!VERSION_PREFIX.matcher(name).find()) {
            return "the name does not start with a version number followed by '_', so the file is ignored";
        }
        return "the name has no .up. or .down. part, so the file is ignored";
    }
}
