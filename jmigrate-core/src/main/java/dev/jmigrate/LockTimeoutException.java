package dev.jmigrate;

/** Another process held the migration lock for longer than the lock timeout; nothing was changed. */
public final class LockTimeoutException extends MigrateException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message) {
        super(ErrorCode.LOCK_TIMEOUT, message);
    }
}
