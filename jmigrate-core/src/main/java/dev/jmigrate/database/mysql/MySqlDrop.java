package dev.jmigrate.database.mysql;

import static dev.jmigrate.database.jdbc.Identifiers.backquoted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops every object of one database: events, views, stored routines, then tables (triggers go with them) and
 * MariaDB sequences, with {@code foreign_key_checks} off meanwhile so that the order of tables does not matter.
 * golang-migrate drops only the tables.
 */
final class MySqlDrop {
    private static final String OBJECTS = """
            SELECT 'EVENT', event_name, 1 FROM information_schema.events WHERE event_schema = ?
            UNION ALL SELECT 'VIEW', table_name, 2 FROM information_schema.views WHERE table_schema = ?
            UNION ALL SELECT routine_type, routine_name, CASE routine_type WHEN 'PACKAGE BODY' THEN 3 ELSE 4 END
              FROM information_schema.routines WHERE routine_schema = ?
            UNION ALL SELECT CASE table_type WHEN 'SEQUENCE' THEN 'SEQUENCE' ELSE 'TABLE' END, table_name, 5
              FROM information_schema.tables WHERE table_schema = ? AND table_type NOT IN ('VIEW', 'SYSTEM VIEW')
            ORDER BY 3, 2
            """;

    private final Connection connection;
    private final String database;

    MySqlDrop(Connection connection, String database) {
        this.connection = connection;
        this.database = database;
    }

    void run() throws SQLException {
        List<String> drops = dropStatements();
        try (Statement s = connection.createStatement()) {
            boolean checks = foreignKeyChecks(s);
            s.execute("SET foreign_key_checks = 0");
            try {
                for (String drop : drops) {
                    s.execute(drop);
                }
            } finally {
                s.execute("SET foreign_key_checks = " + (checks ? 1 : 0));
            }
        }
    }

    private List<String> dropStatements() throws SQLException {
        List<String> drops = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(OBJECTS)) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, database);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drops.add("DROP " + rs.getString(1) + " IF EXISTS " + backquoted(database) + "." + backquoted(rs.getString(2)));
                }
            }
        }
        return drops;
    }

    private static boolean foreignKeyChecks(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT @@SESSION.foreign_key_checks")) {
            return !rs.next() || rs.getInt(1) != 0;
        }
    }
}
