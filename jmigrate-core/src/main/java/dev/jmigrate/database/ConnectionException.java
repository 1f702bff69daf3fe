package dev.jmigrate.database;

import dev.jmigrate.ErrorCode;
import dev.jmigrate.MigrateException;

/** The database server could not be reached, or refused the login; the message says which part was wrong. */
public final class ConnectionException extends MigrateException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public ConnectionException(String message, String sqlState, Throwable cause) {
        super(ErrorCode.CONNECTION, message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLSTATE the driver reported, or null. */
    public String sqlState() {
        return sqlState;
    }
}
