package dev.jmigrate.database;

/**
 * The content of golang-migrate's version table: the version the schema is at and whether a migration
 * failed partway. {@code -1} means no migration is applied; {@code -1 dirty} is a real state (a failed first
 * migration) that {@code up} must refuse.
 */
public record VersionState(long version, boolean dirty) {
    /** The version of a database where no migration is applied. */
    public static final long NONE = -1;

    /** No migration applied, clean. */
    public static VersionState none() {
        return new VersionState(NONE, false);
    }

    /** {@code version}, not dirty. */
    public static VersionState clean(long version) {
        return new VersionState(version, false);
    }

    /** Whether no migration is applied ({@link #NONE}), dirty or not. */
    public boolean isNone() {
        return version == NONE;
    }

    /** golang-migrate's rendering: {@code 5} or {@code 5 (dirty)}. */
    @Override
    public String toString() {
        String v = version == NONE ? "-1" : Long.toUnsignedString(version);
        return dirty ? v + " (dirty)" : v;
    }
}
