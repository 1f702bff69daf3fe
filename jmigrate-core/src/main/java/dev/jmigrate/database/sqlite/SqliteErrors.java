package dev.jmigrate.database.sqlite;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.ServerError;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Reads sqlite-jdbc's exceptions. SQLite has no SQLSTATE: the error is its result code (e.g. {@code SQLITE_ERROR},
 * {@code SQLITE_CONSTRAINT_UNIQUE}), kept as the vendor code and named in the message.
 */
final class SqliteErrors {
    private static final Pattern SQLITE_MESSAGE = Pattern.compile("(?s)^\\[(SQLITE_[A-Z_]+)\\]\\s*(.*?)\\s*\\((.*)\\)$");

    private SqliteErrors() {
    }

    /** {@code near "TABLEE": syntax error (SQLITE_ERROR)}; the result code as vendor code, no SQLSTATE. */
    static ServerError serverError(SQLException e) {
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = SQLITE_MESSAGE.matcher(raw);
        String message = m.matches() ? m.group(3) + " (" + m.group(1) + ")" : raw;
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return new ServerError(message, null, null, e.getSQLState(), code, 0);
    }

    /** Whether an error says a table is missing. */
    static boolean noSuchTable(SQLException e) {
        return e.getMessage() != null && e.getMessage().contains("no such table");
    }

    /** Why a database file could not be opened, and what to do. */
    static ConnectionException openFailed(String where, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String diagnosis;
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN) {
            diagnosis = "the file cannot be opened or created; check that its folder exists and is writable"
                    + " (a relative path is relative to the working directory)";
        } else if (code == SQLiteErrorCode.SQLITE_NOTADB) {
            diagnosis = "the file is not an SQLite database";
        } else if (code == SQLiteErrorCode.SQLITE_READONLY) {
            diagnosis = "the database is read-only here; check the file's permissions and mode=";
        } else if (code == SQLiteErrorCode.SQLITE_BUSY) {
            diagnosis = "another connection keeps the database locked; raise _busy_timeout or stop it";
        } else {
            diagnosis = "check the path and parameters of the URL";
        }
        return new ConnectionException("cannot open SQLite database " + where + ": " + diagnosis + "\n  sqlite said: "
                + serverError(e).message(), null, e);
    }
}
