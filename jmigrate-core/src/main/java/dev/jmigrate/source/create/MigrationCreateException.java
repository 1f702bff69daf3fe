package dev.jmigrate.source.create;

/**
 * A {@code create} request that golang-migrate would reject before or instead of touching the file system,
 * such as a missing name, a malformed existing migration file name or a duplicate version. The message is
 * golang-migrate's own text, which its CLI prints after {@code error: }.
 */
public final class MigrationCreateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message golang-migrate's message for the failure
     */
    public MigrationCreateException(String message) {
        super(message);
    }
}
