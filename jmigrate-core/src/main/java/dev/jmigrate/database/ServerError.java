package dev.jmigrate.database;

import java.sql.SQLException;

/**
 * What the database server said about a failed statement.
 *
 * @param message the primary message
 * @param detail the server's detail text, or null
 * @param hint the server's hint, or null
 * @param sqlState the SQLSTATE, or null
 * @param vendorCode the vendor error code (0 when the server has none)
 * @param position the 1-based character position of the error inside the statement, or 0 when unknown
 */
public record ServerError(String message, String detail, String hint, String sqlState, int vendorCode, int position) {

    /** The generic reading of any JDBC exception: message, SQLSTATE and vendor code only. */
    public static ServerError from(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ServerError(message, null, null, e.getSQLState(), e.getErrorCode(), 0);
    }

    /** One line: the message with its SQLSTATE, e.g. {@code relation "x" does not exist (SQLSTATE 42P01)}. */
    public String summary() {
        return sqlState == null || sqlState.isEmpty() ? message : message + " (SQLSTATE " + sqlState + ")";
    }
}
