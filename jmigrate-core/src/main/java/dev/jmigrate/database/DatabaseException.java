package dev.jmigrate.database;

import dev.jmigrate.ErrorCode;
import dev.jmigrate.MigrateException;
import java.sql.SQLException;

/** The database failed while the tool read or wrote its own tables (version, history, lock). */
public final class DatabaseException extends MigrateException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public DatabaseException(String what, SQLException cause) {
        this(what, ServerError.from(cause), cause);
    }

    /** For drivers that read the server's own fields out of their exceptions. */
    public DatabaseException(String what, ServerError error, SQLException cause) {
        super(ErrorCode.DATABASE, what + " failed: " + error.summary(), cause);
        this.sqlState = error.sqlState();
    }

    /** The SQLSTATE of the failure, or null. */
    public String sqlState() {
        return sqlState;
    }
}
