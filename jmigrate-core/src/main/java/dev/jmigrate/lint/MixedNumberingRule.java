package dev.jmigrate.lint;

import dev.jmigrate.lint.LintConfig.Numbering;
import dev.jmigrate.source.MigrationFile;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code mixed-numbering}: versions numbered in different styles (sequential numbers and timestamps), sequential
 * numbers padded to different widths, or timestamps of different lengths (Unix seconds and yyyymmddhhmmss), which
 * makes the file order differ from the migration order.
 */
final class MixedNumberingRule extends BaseRule implements FolderRule {
    MixedNumberingRule() {
        super("mixed-numbering", Severity.WARNING,
                "versions mix sequential numbers and timestamps, zero-pad numbers to different widths, or mix"
                        + " timestamp formats");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        Numbering expected = NumberingStyle.expected(folder);
        int width = paddedWidth(folder);
        int timestampWidth = commonWidth(folder, Numbering.TIMESTAMP);
        for (MigrationFile file : folder.migrations()) {
            String digits = NumberingStyle.digits(file);
            Numbering style = NumberingStyle.of(file.version());
            if (style != expected) {
                reporter.report(file.name(), 1, 1, "version " + digits + (style == Numbering.TIMESTAMP
                                ? " is a timestamp while the folder numbers its versions sequentially"
                                : " is a sequential number while the folder numbers its versions with timestamps"),
                        "number new migrations the way the others are (migrate create"
                                + (expected == Numbering.SEQUENTIAL ? " -seq" : "") + "), keeping this one if it was"
                                + " applied already");
            } else if (style == Numbering.TIMESTAMP && digits.length() != timestampWidth) {
                reporter.report(file.name(), 1, 1, "version " + digits + " is a timestamp of " + digits.length()
                                + " digits while the folder's timestamps have " + timestampWidth
                                + ", so the files sort out of order",
                        "create new migrations with the folder's timestamp format (migrate create -format), keeping"
                                + " this one if it was applied already");
            } else if (style == Numbering.SEQUENTIAL && width > 0 && digits.length() != width
                    && (digits.startsWith("0") || digits.length() < width)) {
                String padded = "0".repeat(Math.max(0, width - Long.toUnsignedString(file.version()).length()))
                        + Long.toUnsignedString(file.version());
                reporter.report(file.name(), 1, 1, "version " + digits + " is written with " + digits.length()
                                + (digits.length() == 1 ? " digit" : " digits") + " while the folder pads versions to "
                                + width + " digits, so the files sort out of order",
                        "rename the file to start with " + padded + "_ (the version number stays the same, so this"
                                + " is safe even for applied migrations)");
            }
        }
    }

    /** The most common number of digits among the versions of a style, or 0 when there is none. */
    private static int commonWidth(LintFolder folder, Numbering style) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (MigrationFile file : folder.migrations()) {
            if (NumberingStyle.of(file.version()) == style) {
                counts.merge(NumberingStyle.digits(file).length(), 1, Integer::sum);
            }
        }
        return mostCommon(counts);
    }

    /** The most common width of the zero-padded sequential versions, or 0 when none is padded. */
    private static int paddedWidth(LintFolder folder) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (MigrationFile file : folder.migrations()) {
            String digits = NumberingStyle.digits(file);
            if (NumberingStyle.of(file.version()) == Numbering.SEQUENTIAL && digits.length() > 1
                    && digits.startsWith("0")) {
                counts.merge(digits.length(), 1, Integer::sum);
            }
        }
        return mostCommon(counts);
    }

    /** The key with the highest count (the larger key on a tie), or 0 for no keys. */
    private static int mostCommon(Map<Integer, Integer> counts) {
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
