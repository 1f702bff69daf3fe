package dev.jmigrate.verify;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs the {@link CatalogQueries} on a connection and collects their rows into a sorted map of object
 * descriptions. The queries run with an empty {@code search_path}, so that the names the catalog functions
 * print are schema-qualified whatever the session's path; the previous path is restored afterwards.
 */
final class CatalogReader {
    private static final int FIRST_ATTRIBUTE_COLUMN = 5;

    private final Connection connection;

    private CatalogReader(Connection connection) {
        this.connection = connection;
    }

    /** Reads every object of the user schemas, leaving out the named tables and what belongs to them. */
    static SortedMap<ObjectKey, ObjectDescription> read(Connection connection, Set<String> ignoredTables)
            throws SQLException {
        CatalogReader reader = new CatalogReader(connection);
        String searchPath = reader.searchPath();
        reader.setSearchPath("");
        try {
            SortedMap<ObjectKey, ObjectDescription> objects = reader.readAll(ignoredTables);
            reader.setSearchPath(searchPath);
            return objects;
        } catch (SQLException | RuntimeException e) {
            reader.restoreAfterFailure(searchPath, e);
            throw e;
        }
    }

    private SortedMap<ObjectKey, ObjectDescription> readAll(Set<String> ignoredTables) throws SQLException {
        SortedMap<ObjectKey, ObjectDescription> objects = new TreeMap<>();
        Array ignored = connection.createArrayOf("text", ignoredTables.toArray());
        try {
            for (String query : CatalogQueries.all()) {
                readQuery(query, ignored, objects);
            }
        } finally {
            ignored.free();
        }
        return objects;
    }

    private void readQuery(String query, Array ignored, SortedMap<ObjectKey, ObjectDescription> objects)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setArray(1, ignored);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ObjectKey key = new ObjectKey(ObjectKind.fromLabel(rows.getString(1)), rows.getString(2));
                    if (objects.put(key, describe(rows)) != null) {
                        throw new IllegalStateException("the catalog lists " + key + " twice");
                    }
                }
            }
        }
    }

    private static ObjectDescription describe(ResultSet row) throws SQLException {
        String parentKind = row.getString(3);
        ObjectKey parent = parentKind == null ? null
                : new ObjectKey(ObjectKind.fromLabel(parentKind), row.getString(4));
        ResultSetMetaData columns = row.getMetaData();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = FIRST_ATTRIBUTE_COLUMN; i <= columns.getColumnCount(); i++) {
            String value = row.getString(i);
            if (value != null) {
                attributes.put(columns.getColumnLabel(i), value);
            }
        }
        return new ObjectDescription(parent, attributes);
    }

    private String searchPath() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting('search_path')");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void setSearchPath(String path) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT pg_catalog.set_config('search_path', ?, false)")) {
            statement.setString(1, path);
            statement.executeQuery().close();
        }
    }

    private void restoreAfterFailure(String searchPath, Exception failure) {
        try {
            setSearchPath(searchPath);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
