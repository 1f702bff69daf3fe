package dev.jmigrate.source;

import java.util.Optional;

/**
 * golang-migrate's file-name grammar, {@code ^([0-9]+)_(.*)\.(down|up)\.(.*)$}: a name that does not
 * match, or whose version overflows an unsigned 64-bit number, is not a migration and is ignored.
 * As in Go's RE2, {@code .} matches every character except {@code \n} (so {@code \r} may appear in a title).
 *
 * <p>Matched by hand rather than with the regular expression: a folder of 10,000 migrations is 20,000 names to
 * read on every run, and the matcher was a large share of that. A property test holds the two to the same answers.
 */
public final class MigrationFileName {
    private static final String UP = ".up.";
    private static final String DOWN = ".down.";

    private MigrationFileName() {
    }

    /** Parses a file name; empty when the name is not a migration. */
    public static Optional<MigrationFile> parse(String name) {
        int digits = 0;
        while (digits < name.length() && name.charAt(digits) >= '0' && name.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits == name.length() || name.charAt(digits) != '_' || name.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int titleStart = digits + 1;
        int up = name.lastIndexOf(UP);
        int down = name.lastIndexOf(DOWN);
        int marker = Math.max(up, down);
        if (marker < titleStart) {
            return Optional.empty();
        }
        try {
            long version = Long.parseUnsignedLong(name, 0, digits, 10);
            Direction direction = marker == up ? Direction.UP : Direction.DOWN;
            return Optional.of(new MigrationFile(version, name.substring(titleStart, marker), direction, name));
        } catch (NumberFormatException overflow) {
            return Optional.empty();
        }
    }
}
