package dev.jmigrate.database.mysql;

import dev.jmigrate.database.LockReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds the migration lock ({@code IS_USED_LOCK} and {@code information_schema.processlist}) and which sessions
 * wait for a lock: those whose state names a lock (user locks, metadata and table locks) and those whose InnoDB
 * transaction waits for a row lock, with the sessions blocking them where the server tells
 * ({@code information_schema.innodb_lock_waits} on MariaDB, {@code performance_schema.data_lock_waits} on MySQL 8).
 * Without the {@code PROCESS} privilege the server shows only the user's own sessions.
 */
final class MySqlLockReport {
    private static final int QUERY_LIMIT = 200;
    private static final String COLUMNS = "SELECT p.id, p.user, p.host, p.command, coalesce(p.state, ''), p.time,"
            + " coalesce(p.info, '') FROM information_schema.processlist p";
    private static final String WAITING = COLUMNS + """
             LEFT JOIN information_schema.innodb_trx t ON t.trx_mysql_thread_id = p.id AND t.trx_state = 'LOCK WAIT'
            WHERE p.id <> CONNECTION_ID() AND (p.state LIKE '%lock%' OR t.trx_id IS NOT NULL)
            ORDER BY p.time DESC
            """;
    private static final String WAITING_BY_STATE = COLUMNS
            + " WHERE p.id <> CONNECTION_ID() AND p.state LIKE '%lock%' ORDER BY p.time DESC";
    private static final String[] INNODB_BLOCKERS = {
        """
        SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM information_schema.innodb_lock_waits w
          JOIN information_schema.innodb_trx b ON b.trx_id = w.blocking_trx_id
          JOIN information_schema.innodb_trx r ON r.trx_id = w.requesting_trx_id
        """,
        """
        SELECT r.trx_mysql_thread_id, b.trx_mysql_thread_id FROM performance_schema.data_lock_waits w
          JOIN information_schema.innodb_trx b ON b.trx_id = w.blocking_engine_transaction_id
          JOIN information_schema.innodb_trx r ON r.trx_id = w.requesting_engine_transaction_id
        """,
    };

    private final Connection connection;
    private final String lockName;

    MySqlLockReport(Connection connection, String lockName) {
        this.connection = connection;
        this.lockName = lockName;
    }

    LockReport read() throws SQLException {
        LockReport.Session holder = holder();
        return new LockReport(holder, waiting(holder));
    }

    private LockReport.Session holder() throws SQLException {
        long id;
        try (PreparedStatement ps = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            ps.setString(1, lockName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                if (rs.wasNull()) {
                    return null;
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS + " WHERE p.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return session(rs, "", List.of());
                }
            }
        }
        return new LockReport.Session(Long.toString(id), "", "", "", "", "", List.of(), null, "");
    }

    private List<LockReport.Session> waiting(LockReport.Session holder) throws SQLException {
        Map<String, List<String>> blockers = innodbBlockers();
        try {
            return waiting(WAITING, holder, blockers);
        } catch (SQLException e) {
            return waiting(WAITING_BY_STATE, holder, blockers);
        }
    }

    private List<LockReport.Session> waiting(String sql, LockReport.Session holder, Map<String, List<String>> blockers)
            throws SQLException {
        List<LockReport.Session> sessions = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString(1);
                String state = rs.getString(5);
                String query = rs.getString(7);
                List<String> blockedBy = blockers.getOrDefault(id, List.of());
                if (blockedBy.isEmpty() && holder != null && query.contains(lockName)) {
                    blockedBy = List.of(holder.id());
                }
                String waitingFor = state.toLowerCase(java.util.Locale.ROOT).contains("lock") ? state : "row lock (InnoDB)";
                sessions.add(session(rs, waitingFor, blockedBy));
            }
        }
        return sessions;
    }

    /** Waiting session id to the ids of the sessions blocking it; empty when the server does not tell. */
    private Map<String, List<String>> innodbBlockers() {
        for (String sql : INNODB_BLOCKERS) {
            Map<String, List<String>> blockers = new HashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    blockers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
                return blockers;
            } catch (SQLException e) {
                // this server has the other table, or neither, or the user may not read it
            }
        }
        return Map.of();
    }

    private static LockReport.Session session(ResultSet rs, String waitingFor, List<String> blockedBy) throws SQLException {
        String command = rs.getString(4);
        String state = rs.getString(5);
        long seconds = rs.getLong(6);
        Duration age = rs.wasNull() ? null : Duration.ofSeconds(seconds);
        return new LockReport.Session(rs.getString(1), rs.getString(2), "", rs.getString(3),
                state.isEmpty() ? command : command + ": " + state, waitingFor, List.copyOf(blockedBy), age,
                shorten(rs.getString(7)));
    }

    private static String shorten(String query) {
        String oneLine = query.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= QUERY_LIMIT ? oneLine : oneLine.substring(0, QUERY_LIMIT - 1) + "…";
    }
}
