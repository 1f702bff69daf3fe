package dev.jmigrate.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A throw-away database on the test server; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {
    private final TestPostgres server;
    private final String name;

    TestDatabase(TestPostgres server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The golang-migrate style URL of this database, as a user would pass it to {@code -database}. */
    public String url() {
        return server.migrateUrl(name);
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public TestPostgres server() {
        return server;
    }

    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Runs statements in this database, each in its own implicit transaction. */
    public void execute(String... sql) {
        for (String statement : sql) {
            server.execute(name, statement);
        }
    }

    /** The first column of every row of a query, as strings. */
    public List<String> column(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The single value of a one-row, one-column query, or null when it returns no row. */
    public String value(String sql) {
        List<String> values = column(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Names of the ordinary tables in the public schema, sorted. */
    public List<String> tables() {
        return column("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }
}
