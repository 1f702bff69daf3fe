package dev.jmigrate;

/** The thread was interrupted while waiting for the lock; the interrupt flag is set again. */
public final class InterruptedMigrationException extends MigrateException {
    private static final long serialVersionUID = 1L;

    public InterruptedMigrationException(String message, InterruptedException cause) {
        super(ErrorCode.INTERRUPTED, message, cause);
    }
}
