package dev.jmigrate.lint;

import dev.jmigrate.lint.LintConfig.Numbering;
import dev.jmigrate.source.MigrationFile;
import java.util.List;

/** Classifies version numbers as sequential or timestamps, shared by the numbering rules. */
final class NumberingStyle {
    /** Versions from this value on are timestamps: Unix seconds since 2001, or yyyymmddhhmmss. */
    static final long TIMESTAMP_FROM = 1_000_000_000L;

    private NumberingStyle() {
    }

    /** The style of one version. */
    static Numbering of(long version) {
        return Long.compareUnsigned(version, TIMESTAMP_FROM) >= 0 ? Numbering.TIMESTAMP : Numbering.SEQUENTIAL;
    }

    /** The digits of a migration file's version as written in its name. */
    static String digits(MigrationFile file) {
        return file.name().substring(0, file.name().indexOf('_'));
    }

    /**
     * The style the folder is expected to use: the configured one, or for {@code auto} the style of most distinct
     * versions (sequential on a tie).
     */
    static Numbering expected(LintFolder folder) {
        Numbering configured = folder.config().numbering();
        if (configured != Numbering.AUTO) {
            return configured;
        }
        List<Long> versions = folder.migrations().stream().map(MigrationFile::version).distinct().toList();
        long timestamps = versions.stream().filter(v -> of(v) == Numbering.TIMESTAMP).count();
        return timestamps * 2 > versions.size() ? Numbering.TIMESTAMP : Numbering.SEQUENTIAL;
    }
}
