package dev.jmigrate.database.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops every object of the current schema: views, tables, sequences, routines, types, domains and the
 * extensions installed in it (objects that belong to an extension go with it). Runs in the caller's transaction.
 */
final class PostgresDrop {
    private static final String OBJECTS = """
            WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema()),
            ext AS (SELECT objid FROM pg_depend WHERE deptype = 'e')
            SELECT 'MATERIALIZED VIEW', c.oid::regclass::text, 1 FROM pg_class c
              WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind = 'm' AND c.oid NOT IN (SELECT objid FROM ext)
            UNION ALL SELECT 'VIEW', c.oid::regclass::text, 2 FROM pg_class c
              WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind = 'v' AND c.oid NOT IN (SELECT objid FROM ext)
            UNION ALL SELECT 'FOREIGN TABLE', c.oid::regclass::text, 3 FROM pg_class c
              WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind = 'f' AND c.oid NOT IN (SELECT objid FROM ext)
            UNION ALL SELECT 'TABLE', c.oid::regclass::text, 4 FROM pg_class c
              WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                AND c.oid NOT IN (SELECT objid FROM ext)
            UNION ALL SELECT 'SEQUENCE', c.oid::regclass::text, 5 FROM pg_class c
              WHERE c.relnamespace = (SELECT oid FROM s) AND c.relkind = 'S' AND c.oid NOT IN (SELECT objid FROM ext)
            UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
                p.oid::regprocedure::text, 6 FROM pg_proc p
              WHERE p.pronamespace = (SELECT oid FROM s) AND p.oid NOT IN (SELECT objid FROM ext)
            UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype::text, 7 FROM pg_type t
              LEFT JOIN pg_class c ON c.oid = t.typrelid
              WHERE t.typnamespace = (SELECT oid FROM s) AND t.oid NOT IN (SELECT objid FROM ext)
                AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND c.relkind = 'c'))
            UNION ALL SELECT 'EXTENSION', quote_ident(e.extname), 8 FROM pg_extension e
              WHERE e.extnamespace = (SELECT oid FROM s)
            ORDER BY 3, 2
            """;

    private final Connection connection;

    PostgresDrop(Connection connection) {
        this.connection = connection;
    }

    void dropCurrentSchemaObjects() throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String drop : dropStatements(s)) {
                s.execute(drop);
            }
        }
    }

    private static List<String> dropStatements(Statement s) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(OBJECTS)) {
            while (rs.next()) {
                drops.add("DROP " + rs.getString(1) + " IF EXISTS " + rs.getString(2) + " CASCADE");
            }
        }
        return drops;
    }
}
