package dev.jmigrate.database.postgres;

import static dev.jmigrate.database.jdbc.Identifiers.doubleQuoted;

import dev.jmigrate.database.DatabaseUrlException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where the version table and the history table live: in the schema named by a quoted
 * {@code x-migrations-table}, else in the session's current schema.
 *
 * @param schema the schema
 * @param table the version table's name
 */
record PostgresTables(String schema, String table) {

    static PostgresTables of(String currentSchema, PostgresOptions options) {
        String schema = options.schema() != null ? options.schema() : currentSchema;
        if (schema == null) {
            throw new DatabaseUrlException("no schema: the session's search_path names no schema that exists, so there is"
                    + " nowhere to keep " + options.table() + "; set search_path in the URL (e.g. &search_path=public)"
                    + " or create the schema");
        }
        return new PostgresTables(schema, options.table());
    }

    String historyName() {
        return table + "_history";
    }

    String versionQualified() {
        return doubleQuoted(schema) + "." + doubleQuoted(table);
    }

    String historyQualified() {
        return doubleQuoted(schema) + "." + doubleQuoted(historyName());
    }

    /** Whether both tables exist (one round trip). */
    boolean exist(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT to_regclass(?) IS NOT NULL AND to_regclass(?) IS NOT NULL")) {
            ps.setString(1, versionQualified());
            ps.setString(2, historyQualified());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
