package dev.jmigrate.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a database against the generator's plan by counting, in the catalog, the tables, indexes and columns of
 * schema {@code public} (the tool's history tables aside), the seed rows, and what the tool's history says.
 */
public final class SchemaCheck {
    private static final String COUNTS = """
            SELECT
              (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY (?))),
              (SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = 'public' AND NOT (t.relname = ANY (?))),
              (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
                  AND NOT (c.relname = ANY (?)))
            """;

    private SchemaCheck() {
    }

    /**
     * The outcome of one check.
     *
     * @param tool   the tool's name
     * @param round  the round, from 1
     * @param stage  after what the check ran
     * @param passed whether everything matched
     * @param detail what was found (and expected, when it did not match)
     */
    public record Outcome(String tool, int round, String stage, boolean passed, String detail) {
        /** A failed operation, recorded as a failed check. */
        public static Outcome failure(String tool, int round, String stage, String detail) {
            return new Outcome(tool, round, stage, false, detail);
        }
    }

    /**
     * Checks the database.
     *
     * @param applied true after every migration was applied, false after everything was rolled back
     */
    public static Outcome check(Server server, String database, Tool tool, Generator.Plan plan, boolean applied,
                                int round, String stage) {
        Generator.Expected expected = plan.expected();
        try (Connection c = server.connect(database)) {
            List<String> problems = new ArrayList<>();
            long[] counts = counts(c, tool.historyTables());
            compare(problems, "tables", counts[0], applied ? expected.tables() : 0);
            compare(problems, "indexes", counts[1], applied ? expected.indexes() : 0);
            compare(problems, "columns", counts[2], applied ? expected.columns() : 0);
            String found = counts[0] + " tables, " + counts[1] + " indexes, " + counts[2] + " columns";
            if (applied) {
                long rows = single(c, expected.seedRowsQuery());
                compare(problems, "seed rows", rows, expected.seedRows());
                found += ", " + rows + " seed rows";
            }
            Optional<String> history = tool.historyQuery();
            if (history.isPresent()) {
                long h = single(c, history.get());
                compare(problems, "history", h, tool.expectedHistory(plan, applied));
                found += ", history " + h;
            }
            return new Outcome(tool.name(), round, stage, problems.isEmpty(),
                    problems.isEmpty() ? found : found + "; expected " + String.join(", ", problems));
        } catch (SQLException e) {
            return Outcome.failure(tool.name(), round, stage, "schema check failed: " + e.getMessage());
        }
    }

    private static void compare(List<String> problems, String what, long found, long expected) {
        if (found != expected) {
            problems.add(what + " " + expected);
        }
    }

    private static long[] counts(Connection c, List<String> excluded) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
            Array names = c.createArrayOf("text", excluded.toArray());
            ps.setArray(1, names);
            ps.setArray(2, names);
            ps.setArray(3, names);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
