package dev.jmigrate.verify;

import java.util.List;

/**
 * The catalog queries for relations and what belongs to them: tables, columns, constraints, indexes,
 * sequences, views, triggers and row level security policies. They follow the conventions described in
 * {@link CatalogQueries}.
 */
final class RelationQueries {
    private static final String TABLES = """
            SELECT 'table', r.qname, NULL, NULL,
                   CASE r.relkind WHEN 'p' THEN 'partitioned' WHEN 'f' THEN 'foreign' ELSE 'ordinary' END AS "kind",
                   CASE r.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'permanent' END AS "persistence",
                   CASE WHEN r.relkind = 'p' THEN pg_get_partkeydef(r.oid) END AS "partition key",
                   CASE WHEN r.relispartition THEN pg_get_expr(r.relpartbound, r.oid) END AS "partition bound",
                   (SELECT string_agg(quote_ident(pn.nspname) || '.' || quote_ident(pc.relname), ', '
                                      ORDER BY i.inhseqno)
                    FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
                    JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                    WHERE i.inhrelid = r.oid) AS "inherits from",
                   array_to_string(r.reloptions, ', ') AS "options",
                   CASE WHEN r.relrowsecurity THEN 'enabled' ELSE 'disabled' END AS "row level security",
                   CASE WHEN r.relforcerowsecurity THEN 'on' ELSE 'off' END AS "forced row level security",
                   obj_description(r.oid, 'pg_class') AS "comment"
            FROM user_rel r
            WHERE r.relkind IN ('r', 'p', 'f')
            """;

    private static final String COLUMNS = """
            SELECT 'column', r.qname || '.' || quote_ident(a.attname), 'table', r.qname,
                   format_type(a.atttypid, a.atttypmod) AS "type",
                   CASE WHEN a.attnotnull THEN 'not null' ELSE 'nullable' END AS "nullability",
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS "default",
                   CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END AS "identity",
                   CASE a.attgenerated WHEN 's' THEN pg_get_expr(d.adbin, d.adrelid) || ' stored'
                                       WHEN 'v' THEN pg_get_expr(d.adbin, d.adrelid) || ' virtual' END
                       AS "generated",
                   (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                    FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
                    WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation) AS "collation",
                   col_description(a.attrelid, a.attnum) AS "comment"
            FROM user_rel r JOIN pg_attribute a ON a.attrelid = r.oid JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE r.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped
            """;

    private static final String CONSTRAINTS = """
            SELECT 'constraint', r.qname || '.' || quote_ident(con.conname), r.kind_label, r.qname,
                   CASE con.contype WHEN 'c' THEN 'check' WHEN 'f' THEN 'foreign key' WHEN 'p' THEN 'primary key'
                                    WHEN 'u' THEN 'unique' WHEN 'x' THEN 'exclusion' WHEN 't' THEN 'trigger'
                                    ELSE con.contype::text END AS "type",
                   pg_get_constraintdef(con.oid) AS "definition",
                   obj_description(con.oid, 'pg_constraint') AS "comment"
            FROM pg_constraint con JOIN user_rel r ON r.oid = con.conrelid
            WHERE con.contype <> 'n'
            """;

    private static final String INDEXES = """
            SELECT 'index', quote_ident(n.nspname) || '.' || quote_ident(i.relname), r.kind_label, r.qname,
                   r.qname AS "table",
                   pg_get_indexdef(x.indexrelid) AS "definition",
                   (SELECT string_agg(quote_ident(con.conname), ', ' ORDER BY con.conname)
                    FROM pg_constraint con
                    WHERE con.conindid = x.indexrelid AND con.conrelid = x.indrelid
                      AND con.contype IN ('p', 'u', 'x')) AS "constraint",
                   CASE WHEN x.indisvalid THEN 'yes' ELSE 'no' END AS "valid",
                   obj_description(x.indexrelid, 'pg_class') AS "comment"
            FROM pg_index x JOIN user_rel r ON r.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_namespace n ON n.oid = i.relnamespace
            """;

    private static final String SEQUENCES = """
            SELECT 'sequence', r.qname, o.kind, o.name,
                   format_type(s.seqtypid, NULL) AS "data type",
                   s.seqstart::text AS "start",
                   s.seqincrement::text AS "increment",
                   s.seqmin::text AS "minimum",
                   s.seqmax::text AS "maximum",
                   s.seqcache::text AS "cache",
                   CASE WHEN s.seqcycle THEN 'yes' ELSE 'no' END AS "cycle",
                   CASE r.relpersistence WHEN 'u' THEN 'unlogged' ELSE 'permanent' END AS "persistence",
                   o.name AS "owned by",
                   obj_description(r.oid, 'pg_class') AS "comment"
            FROM user_rel r JOIN pg_sequence s ON s.seqrelid = r.oid
            LEFT JOIN LATERAL (
                SELECT 'column'::text AS kind, t.oid AS table_oid,
                       quote_ident(tn.nspname) || '.' || quote_ident(t.relname) || '.' || quote_ident(a.attname) AS name
                FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                JOIN pg_namespace tn ON tn.oid = t.relnamespace
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                ORDER BY d.deptype
                LIMIT 1
            ) o ON true
            WHERE o.table_oid IS NULL OR o.table_oid NOT IN (SELECT oid FROM ignored)
            """;

    private static final String VIEWS = """
            SELECT r.kind_label, r.qname, NULL, NULL,
                   pg_get_viewdef(r.oid) AS "definition",
                   array_to_string(r.reloptions, ', ') AS "options",
                   obj_description(r.oid, 'pg_class') AS "comment"
            FROM user_rel r
            WHERE r.relkind IN ('v', 'm')
            """;

    private static final String TRIGGERS = """
            SELECT 'trigger', r.qname || '.' || quote_ident(t.tgname), r.kind_label, r.qname,
                   pg_get_triggerdef(t.oid) AS "definition",
                   CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica' WHEN 'A' THEN 'always'
                                    ELSE 'origin' END AS "fires",
                   obj_description(t.oid, 'pg_trigger') AS "comment"
            FROM pg_trigger t JOIN user_rel r ON r.oid = t.tgrelid
            WHERE NOT t.tgisinternal
            """;

    private static final String POLICIES = """
            SELECT 'policy', r.qname || '.' || quote_ident(p.polname), r.kind_label, r.qname,
                   CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                 WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS "command",
                   CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END AS "mode",
                   (SELECT string_agg(g.rname, ', ' ORDER BY g.rname)
                    FROM (SELECT CASE WHEN o.rid = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(o.rid)) END
                                     AS rname
                          FROM unnest(p.polroles) AS o(rid)) g) AS "roles",
                   pg_get_expr(p.polqual, p.polrelid) AS "using",
                   pg_get_expr(p.polwithcheck, p.polrelid) AS "with check",
                   obj_description(p.oid, 'pg_policy') AS "comment"
            FROM pg_policy p JOIN user_rel r ON r.oid = p.polrelid
            """;

    private RelationQueries() {
    }

    /** The query bodies, without {@link CatalogQueries#PREFIX}. */
    static List<String> all() {
        return List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES, VIEWS, TRIGGERS, POLICIES);
    }
}
