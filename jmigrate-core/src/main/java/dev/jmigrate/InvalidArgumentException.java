package dev.jmigrate;

/** An argument the operation rejects, e.g. {@code force(-2)}; the message is golang-migrate's where it has one. */
public final class InvalidArgumentException extends MigrateException {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(ErrorCode.INVALID_ARGUMENT, message);
    }
}
