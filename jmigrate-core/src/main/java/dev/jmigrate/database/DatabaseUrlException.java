package dev.jmigrate.database;

import dev.jmigrate.ErrorCode;
import dev.jmigrate.MigrateException;

/** A database URL cannot be used: malformed, an unknown scheme, or a bad parameter. Never shows the password. */
public final class DatabaseUrlException extends MigrateException {
    private static final long serialVersionUID = 1L;

    public DatabaseUrlException(String message) {
        super(ErrorCode.DATABASE_URL, message);
    }
}
