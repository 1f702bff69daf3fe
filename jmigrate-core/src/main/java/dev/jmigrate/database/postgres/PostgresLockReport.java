package dev.jmigrate.database.postgres;

import dev.jmigrate.database.LockReport;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads from {@code pg_locks} who holds the migration lock and which sessions wait for any lock. */
final class PostgresLockReport {
    private static final int QUERY_LIMIT = 200;
    private static final String HOLDER = """
            SELECT a.pid::text, a.usename, a.application_name, coalesce(host(a.client_addr), ''), coalesce(a.state, ''),
                   '', '{}'::int[], extract(epoch FROM now() - a.backend_start), coalesce(a.query, '')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = (? >> 32) AND l.objid::bigint = (? & 4294967295) AND l.objsubid = 1
            """;
    private static final String WAITING = """
            SELECT a.pid::text, a.usename, a.application_name, coalesce(host(a.client_addr), ''), coalesce(a.state, ''),
                   l.mode || ' on ' || CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text ELSE l.locktype END,
                   pg_blocking_pids(a.pid), extract(epoch FROM now() - %s), coalesce(a.query, '')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.pid <> pg_backend_pid()
            ORDER BY 8 DESC NULLS LAST
            """;

    private final Connection connection;
    private final long lockKey;
    private final int serverMajor;

    PostgresLockReport(Connection connection, long lockKey, int serverMajor) {
        this.connection = connection;
        this.lockKey = lockKey;
        this.serverMajor = serverMajor;
    }

    LockReport read() throws SQLException {
        return new LockReport(holder(), waiting());
    }

    private LockReport.Session holder() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(HOLDER)) {
            ps.setLong(1, lockKey);
            ps.setLong(2, lockKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? session(rs) : null;
            }
        }
    }

    private List<LockReport.Session> waiting() throws SQLException {
        String since = serverMajor >= 14 ? "coalesce(l.waitstart, a.query_start)" : "a.query_start";
        List<LockReport.Session> sessions = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(WAITING.formatted(since))) {
            while (rs.next()) {
                sessions.add(session(rs));
            }
        }
        return sessions;
    }

    private static LockReport.Session session(ResultSet rs) throws SQLException {
        double seconds = rs.getDouble(8);
        Duration age = rs.wasNull() ? null : Duration.ofMillis(Math.round(seconds * 1000));
        return new LockReport.Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), pids(rs.getArray(7)), age, shorten(rs.getString(9)));
    }

    private static List<String> pids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private static String shorten(String query) {
        String oneLine = query.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= QUERY_LIMIT ? oneLine : oneLine.substring(0, QUERY_LIMIT - 1) + "…";
    }
}
