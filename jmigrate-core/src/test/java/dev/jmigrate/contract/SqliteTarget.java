package dev.jmigrate.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** An SQLite database file in a fresh temporary folder; direct SQL goes through sqlite-jdbc, not the driver under test. */
public final class SqliteTarget implements TestTarget {
    private final Path dir;
    private final Path file;

    public SqliteTarget() {
        try {
            dir = Files.createTempDirectory("jmigrate-sqlite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = dir.resolve("test.db");
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public String url() {
        return "sqlite3://" + file;
    }

    @Override
    public void execute(String... sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test SQL failed: " + String.join("; ", sql) + ": " + e.getMessage(), e);
        }
    }

    @Override
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

    @Override
    public List<String> tables() {
        return column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " ORDER BY 1");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean reportsSqlState() {
        return false;
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("busy_timeout", "5000");
        return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, props);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
