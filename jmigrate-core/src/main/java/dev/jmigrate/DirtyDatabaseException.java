package dev.jmigrate;

/**
 * A previous migration failed outside a transaction and left the database dirty; nothing runs until someone
 * repairs the schema and runs {@code force}. The first line of the message is golang-migrate's
 * {@code Dirty database version <v>. Fix and force version.}; the rest says which version to force.
 */
public final class DirtyDatabaseException extends MigrateException {
    private static final long serialVersionUID = 1L;

    private final long version;
    private final long suggestedVersion;

    /**
     * @param version the dirty version
     * @param suggestedVersion the version to force when the failed migration left nothing behind
     * @param explanation what is known about the failure and the commands to run
     */
    public DirtyDatabaseException(long version, long suggestedVersion, String explanation) {
        super(ErrorCode.DIRTY, "Dirty database version " + (version == -1 ? "-1" : Long.toUnsignedString(version))
                + ". Fix and force version." + (explanation.isEmpty() ? "" : "\n" + explanation));
        this.version = version;
        this.suggestedVersion = suggestedVersion;
    }

    /** The dirty version. */
    public long version() {
        return version;
    }

    /** The version to force once the schema is repaired, when the failed migration left nothing behind. */
    public long suggestedVersion() {
        return suggestedVersion;
    }
}
