package dev.jmigrate.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golang-migrate's file-name grammar, {@code ^([0-9]+)_(.*)\.(down|up)\.(.*)$}: a name that does not
 * match, or whose version overflows an unsigned 64-bit number, is not a migration and is ignored.
 * As in Go's RE2, {@code .} matches every character except {@code \n} (so {@code \r} may appear in a title).
 */
public final class MigrationFileName {
    private static final Pattern GRAMMAR = Pattern.compile("^([0-9]+)_(.*)\\.(down|up)\\.(.*)$", Pattern.UNIX_LINES);

    private MigrationFileName() {
    }

    /** Parses a file name; empty when the name is not a migration. */
    public static Optional<MigrationFile> parse(String name) {
        Matcher m = GRAMMAR.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long version = Long.parseUnsignedLong(m.group(1));
            return Optional.of(new MigrationFile(version, m.group(2), Direction.fromWord(m.group(3)), name));
        } catch (NumberFormatException overflow) {
            return Optional.empty();
        }
    }
}
