package dev.jmigrate.engine;

import dev.jmigrate.database.VersionState;

/** Ordering and printing of versions, where {@code -1} (no version) sorts before every unsigned version. */
final class Versions {
    private Versions() {
    }

    static int compare(long a, long b) {
        if (a == b) {
            return 0;
        }
        if (a == VersionState.NONE) {
            return -1;
        }
        if (b == VersionState.NONE) {
            return 1;
        }
        return Long.compareUnsigned(a, b);
    }

    static String text(long version) {
        return version == VersionState.NONE ? "-1" : Long.toUnsignedString(version);
    }
}
