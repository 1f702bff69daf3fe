package dev.jmigrate.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * An immutable snapshot of the user schemas of a PostgreSQL database, read from the system catalogs:
 * schemas, extensions, enum/domain/composite/range types, sequences, tables, columns, constraints, indexes,
 * views, materialized views, functions, procedures, aggregates, triggers and row level security policies,
 * with their comments. It records definitions only: no data, no sequence values, no owners, privileges or
 * object ids, so snapshots of two databases built by the same statements are equal.
 *
 * <p>Internally a snapshot is a sorted map from each object's kind and qualified name to a canonical
 * description of it; {@link #equals} compares that content and {@link #differencesFrom} lists where two
 * snapshots differ.
 */
public final class SchemaSnapshot {
    private final SortedMap<ObjectKey, ObjectDescription> objects;

    SchemaSnapshot(Map<ObjectKey, ObjectDescription> objects) {
        this.objects = Collections.unmodifiableSortedMap(new TreeMap<>(objects));
    }

    /**
     * Captures every user schema of the connected database: all schemas except {@code pg_catalog},
     * {@code information_schema}, {@code pg_toast*} and {@code pg_temp*}. The tables named in
     * {@code ignoredTables} (unqualified names matched in every schema, e.g. {@code schema_migrations}) are
     * left out together with everything that belongs to them: columns, indexes, constraints, triggers,
     * policies and the sequences they own. Objects that belong to an extension are not listed; the
     * extension is.
     *
     * <p>The connection is left open and its {@code search_path} unchanged; the catalog is read in the
     * connection's current transaction mode. Requires PostgreSQL 12 or later.
     *
     * @param connection a connection to the PostgreSQL database to capture
     * @param ignoredTables unqualified names of tables to leave out, possibly empty
     * @return the snapshot
     * @throws SQLException if the catalog cannot be read
     */
    public static SchemaSnapshot capture(Connection connection, Set<String> ignoredTables) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Set<String> ignored = Set.copyOf(Objects.requireNonNull(ignoredTables, "ignoredTables"));
        return new SchemaSnapshot(CatalogReader.read(connection, ignored));
    }

    /**
     * How this snapshot differs from the {@code expected} one: {@link SchemaDifference.Change#MISSING} for an
     * object only in {@code expected}, {@link SchemaDifference.Change#UNEXPECTED} for one only in this
     * snapshot, {@link SchemaDifference.Change#CHANGED} for one in both with different definitions. An object
     * missing or left behind with the object it belongs to (a column with its table) is reported through that
     * object only. The list is ordered by object kind (schemas, extensions, types, sequences, tables, columns,
     * constraints, indexes, views, routines, triggers, policies), then name.
     *
     * @param expected the snapshot this one should equal
     * @return the differences, empty exactly when the snapshots are equal
     */
    public List<SchemaDifference> differencesFrom(SchemaSnapshot expected) {
        Objects.requireNonNull(expected, "expected");
        return List.copyOf(SnapshotDiff.between(objects, expected.objects));
    }

    /** Whether the snapshot holds no object at all (a new database usually holds the public schema). */
    public boolean isEmpty() {
        return objects.isEmpty();
    }

    /** The number of objects in the snapshot. */
    public int size() {
        return objects.size();
    }

    /** Whether {@code other} is a snapshot with the same objects and definitions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaSnapshot snapshot && objects.equals(snapshot.objects);
    }

    /** A hash code consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    /** Every object with its attributes, one per line, for debugging. */
    @Override
    public String toString() {
        StringJoiner lines = new StringJoiner("\n", "SchemaSnapshot[\n", "\n]");
        objects.forEach((key, description) -> lines.add("  " + key + " " + description.attributes()));
        return lines.toString();
    }
}
