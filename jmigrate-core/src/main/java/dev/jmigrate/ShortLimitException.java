package dev.jmigrate;

/**
 * {@code steps(n)} found fewer than n migrations to apply; the ones available were applied. The message is
 * golang-migrate's {@code limit <n> short}.
 */
public final class ShortLimitException extends MigrateException {
    private static final long serialVersionUID = 1L;

    private final long shortBy;
    private final transient MigrationResult result;

    public ShortLimitException(long shortBy, MigrationResult result) {
        super(ErrorCode.SHORT_LIMIT, "limit " + shortBy + " short");
        this.shortBy = shortBy;
        this.result = result;
    }

    /** How many steps were missing. */
    public long shortBy() {
        return shortBy;
    }

    /** What was applied before the source ran out. */
    public MigrationResult result() {
        return result;
    }
}
