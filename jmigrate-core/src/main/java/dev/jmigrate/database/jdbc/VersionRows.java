package dev.jmigrate.database.jdbc;

import dev.jmigrate.database.VersionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** golang-migrate's SetVersion on a version table: empty it, then insert the row unless the state is "none, clean". */
public final class VersionRows {
    private VersionRows() {
    }

    /**
     * Replaces the table's content, in whatever transaction the connection is in.
     *
     * @param table the table's name, quoted as the database needs
     */
    public static void replace(Connection connection, String table, VersionState state) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
        }
        if (!state.isNone() || state.dirty()) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " (version, dirty) VALUES (?, ?)")) {
                ps.setLong(1, state.version());
                ps.setBoolean(2, state.dirty());
                ps.executeUpdate();
            }
        }
    }
}
