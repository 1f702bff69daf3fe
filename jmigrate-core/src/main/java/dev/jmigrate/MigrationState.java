package dev.jmigrate;

/** The state of one migration in {@link Status}. */
public enum MigrationState {
    /** Applied, and its file is as it was then (or it was applied before the history began). */
    APPLIED,
    /** Not applied yet; {@code up} will apply it. */
    PENDING,
    /** Applied, but its up file changed since. */
    MODIFIED,
    /** Applied, but its files are gone from the folder. */
    MISSING,
    /** The current version, left dirty by a migration that failed partway. */
    DIRTY,
    /** Lower than the current version and never applied (merged late from a branch). */
    OUT_OF_ORDER;

    /** The lower-case word used in text and JSON output, with dashes: {@code out-of-order}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
