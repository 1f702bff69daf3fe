package dev.jmigrate;

/**
 * The root of every failure the library reports. The message is one readable sentence (or a few lines)
 * that names what failed, where, and what to do next; it never contains a password.
 */
public abstract class MigrateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    protected MigrateException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    protected MigrateException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The kind of failure. */
    public ErrorCode code() {
        return code;
    }
}
