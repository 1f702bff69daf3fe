package dev.jmigrate.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The catalog queries behind a snapshot. Every query starts with {@link #PREFIX}, which takes one parameter
 * (the names of the ignored tables, a {@code text[]}) and defines:
 * <ul>
 *   <li>{@code ignored}: the tables to leave out;
 *   <li>{@code ext_members}: the objects that belong to an extension;
 *   <li>{@code user_ns}: the user schemas;
 *   <li>{@code user_rel}: the relations of the user schemas that are neither ignored nor extension members.
 * </ul>
 * Every query returns the object kind label, the object's qualified name, the kind label and name of the
 * object it belongs to (or nulls), then one column per attribute, labelled with the attribute's name.
 * The queries run with an empty {@code search_path}, so every name they print is schema-qualified.
 * Routines created implicitly (the constructors of a range type) are left out.
 * This class holds the schemas, extensions, types and routines; {@link RelationQueries} the relations.
 */
final class CatalogQueries {
    static final String PREFIX = """
            WITH ignored AS (
                SELECT c.oid FROM pg_class c WHERE c.relkind IN ('r', 'p') AND c.relname = ANY (?)
            ), ext_members AS (
                SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'
            ), user_ns AS (
                SELECT n.oid, n.nspname FROM pg_namespace n
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
                  AND (n.tableoid, n.oid) NOT IN (SELECT classid, objid FROM ext_members)
            ), user_rel AS (
                SELECT c.oid, c.relkind, c.relpersistence, c.relispartition, c.relpartbound, c.reloptions,
                       c.relrowsecurity, c.relforcerowsecurity,
                       quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname,
                       CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                                      WHEN 'S' THEN 'sequence' ELSE 'table' END AS kind_label
                FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
                WHERE c.oid NOT IN (SELECT oid FROM ignored)
                  AND (c.tableoid, c.oid) NOT IN (SELECT classid, objid FROM ext_members)
            ), user_type AS (
                SELECT t.oid, quote_ident(n.nspname) || '.' || quote_ident(t.typname) AS qname
                FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace
                WHERE (t.tableoid, t.oid) NOT IN (SELECT classid, objid FROM ext_members)
            )
            """;

    private static final String SCHEMAS = """
            SELECT 'schema', quote_ident(n.nspname), NULL, NULL,
                   obj_description(n.oid, 'pg_namespace') AS "comment"
            FROM user_ns n
            """;

    private static final String EXTENSIONS = """
            SELECT 'extension', quote_ident(e.extname), NULL, NULL,
                   quote_ident(n.nspname) AS "schema",
                   obj_description(e.oid, 'pg_extension') AS "comment"
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            """;

    private static final String ENUM_TYPES = """
            SELECT 'enum type', u.qname, NULL, NULL,
                   (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                    FROM pg_enum e WHERE e.enumtypid = t.oid) AS "labels",
                   obj_description(t.oid, 'pg_type') AS "comment"
            FROM pg_type t JOIN user_type u ON u.oid = t.oid
            WHERE t.typtype = 'e'
            """;

    private static final String DOMAINS = """
            SELECT 'domain', u.qname, NULL, NULL,
                   format_type(t.typbasetype, t.typtypmod) AS "base type",
                   CASE WHEN t.typnotnull THEN 'not null' ELSE 'nullable' END AS "nullability",
                   pg_get_expr(t.typdefaultbin, 0) AS "default",
                   (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                    WHERE co.oid = t.typcollation AND t.typcollation <> b.typcollation) AS "collation",
                   (SELECT string_agg(quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid), ', '
                                      ORDER BY con.conname)
                    FROM pg_constraint con WHERE con.contypid = t.oid AND con.contype <> 'n') AS "constraints",
                   obj_description(t.oid, 'pg_type') AS "comment"
            FROM pg_type t JOIN user_type u ON u.oid = t.oid JOIN pg_type b ON b.oid = t.typbasetype
            WHERE t.typtype = 'd'
            """;

    private static final String COMPOSITE_TYPES = """
            SELECT 'composite type', u.qname, NULL, NULL,
                   (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                                      || coalesce(' COLLATE ' || (
                                             SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                             FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                                             JOIN pg_type atyp ON atyp.oid = a.atttypid
                                             WHERE co.oid = a.attcollation AND a.attcollation <> atyp.typcollation), ''),
                                      ', ' ORDER BY a.attnum)
                    FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
                       AS "attributes",
                   obj_description(t.oid, 'pg_type') AS "comment"
            FROM pg_type t JOIN user_type u ON u.oid = t.oid JOIN pg_class c ON c.oid = t.typrelid
            WHERE t.typtype = 'c' AND c.relkind = 'c'
            """;

    private static final String RANGE_TYPES = """
            SELECT 'range type', u.qname, NULL, NULL,
                   format_type(r.rngsubtype, NULL) AS "subtype",
                   obj_description(t.oid, 'pg_type') AS "comment"
            FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid JOIN user_type u ON u.oid = t.oid
            """;

    private static final String ROUTINES = """
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
                   quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || coalesce(
                       (SELECT string_agg(format_type(a.typ, NULL), ', ' ORDER BY a.pos)
                        FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(typ, pos)), '') || ')',
                   NULL, NULL,
                   pg_get_function_arguments(p.oid) AS "arguments",
                   pg_get_function_result(p.oid) AS "result",
                   l.lanname AS "language",
                   CASE WHEN p.prokind = 'w' THEN 'yes' END AS "window",
                   CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END
                       AS "volatility",
                   CASE WHEN p.proisstrict THEN 'yes' ELSE 'no' END AS "strict",
                   CASE WHEN p.prosecdef THEN 'definer' ELSE 'invoker' END AS "security",
                   CASE WHEN p.proleakproof THEN 'yes' ELSE 'no' END AS "leakproof",
                   CASE p.proparallel WHEN 's' THEN 'safe' WHEN 'r' THEN 'restricted' ELSE 'unsafe' END
                       AS "parallel",
                   p.procost::text AS "cost",
                   p.prorows::text AS "rows",
                   array_to_string(p.proconfig, ', ') AS "settings",
                   CASE WHEN p.prokind = 'a' THEN (
                            SELECT concat_ws(', ', 'state function ' || g.aggtransfn::regprocedure::text,
                                             'state type ' || format_type(g.aggtranstype, NULL),
                                             'final function ' || nullif(g.aggfinalfn::oid, 0)::regprocedure::text,
                                             'initial value ' || g.agginitval)
                            FROM pg_aggregate g WHERE g.aggfnoid = p.oid)
                        WHEN p.prosrc = '' THEN pg_get_functiondef(p.oid)
                        ELSE p.prosrc END AS "body",
                   obj_description(p.oid, 'pg_proc') AS "comment"
            FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
            WHERE (p.tableoid, p.oid) NOT IN (SELECT classid, objid FROM ext_members)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = p.tableoid AND d.objid = p.oid AND d.deptype = 'i')
            """;

    private CatalogQueries() {
    }

    /** Every catalog query, each a complete statement with {@link #PREFIX} and one parameter. */
    static List<String> all() {
        List<String> bodies = new ArrayList<>(List.of(
                SCHEMAS, EXTENSIONS, ENUM_TYPES, DOMAINS, COMPOSITE_TYPES, RANGE_TYPES, ROUTINES));
        bodies.addAll(RelationQueries.all());
        List<String> queries = new ArrayList<>();
        for (String body : bodies) {
            queries.add(PREFIX + body);
        }
        return Collections.unmodifiableList(queries);
    }
}
