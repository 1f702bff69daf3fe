package dev.jmigrate;

/**
 * A version the operation needs is not in the source: the database's current version, the target of
 * {@code migrateTo}, or any migration before or after the current one.
 */
public final class NoSuchMigrationException extends MigrateException {
    private static final long serialVersionUID = 1L;

    public NoSuchMigrationException(String message) {
        super(ErrorCode.NO_SUCH_MIGRATION, message);
    }
}
