package dev.jmigrate;

/**
 * One disagreement between the folder and the database's history.
 *
 * @param kind what is wrong
 * @param version the migration's version
 * @param file the file concerned (for a missing file: the name recorded), may be empty
 * @param message a sentence for people, saying what to do
 */
public record Problem(Kind kind, long version, String file, String message) {

    /** The kinds of disagreement {@code validate} reports. */
    public enum Kind {
        /** An applied migration's up file changed since it was applied. */
        MODIFIED,
        /** An applied migration's files are no longer in the folder. */
        MISSING,
        /** A version below the current one was never applied (merged late from a branch). */
        OUT_OF_ORDER
    }
}
