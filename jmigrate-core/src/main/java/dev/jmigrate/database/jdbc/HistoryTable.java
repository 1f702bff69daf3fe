package dev.jmigrate.database.jdbc;

import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.HistoryRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;

/**
 * The SQL of the history table, shared by the drivers; only column types and the expression for the current
 * database user differ between databases. Not thread-safe: one per driver.
 */
public final class HistoryTable {
    private static final String COLUMNS = "version, title, kind, schema_version, checksum, execution, started_at,"
            + " duration_ms, applied_by, client_host, tool_version, success, statements_applied, statements_total, error";

    /**
     * The calendar for {@code started_at}: where the column has no time zone (MySQL's {@code datetime}), the value is
     * stored in UTC, so that tools in different time zones read the same instant.
     */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final String qualifiedName;
    private final DriverSettings settings;
    private final String currentUserExpression;
    private final WholeNumberTimes times;
    private final Calendar utc = Calendar.getInstance(UTC);

    /**
     * @param qualifiedName the quoted, qualified table name
     * @param currentUserExpression SQL giving the session's user, or null to record the operating-system user
     * @param times how to move {@code started_at} and {@code duration_ms} as whole numbers, or null to move them as a
     *     {@link Timestamp} and a double; a whole number is much cheaper to encode and decode than a timestamp (which the
     *     JDBC driver converts through a {@link Calendar}) or a decimal fraction, and every step writes one row and
     *     every run reads them all
     */
    public HistoryTable(String qualifiedName, DriverSettings settings, String currentUserExpression, WholeNumberTimes times) {
        this.qualifiedName = qualifiedName;
        this.settings = settings;
        this.currentUserExpression = currentUserExpression;
        this.times = times;
    }

    /** The CREATE TABLE statement with the database's types for the id, a timestamp, a double and text. */
    public String createStatement(String idType, String timestampType, String doubleType, String textType) {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedName + " ("
                + "id " + idType + ", "
                + "version bigint NOT NULL, "
                + "title " + textType + " NOT NULL, "
                + "kind varchar(16) NOT NULL, "
                + "schema_version bigint NOT NULL, "
                + "checksum varchar(64), "
                + "execution varchar(16) NOT NULL, "
                + "started_at " + timestampType + " NOT NULL, "
                + "duration_ms " + doubleType + " NOT NULL, "
                + "applied_by " + textType + " NOT NULL, "
                + "client_host " + textType + ", "
                + "tool_version varchar(64), "
                + "success boolean NOT NULL, "
                + "statements_applied integer NOT NULL, "
                + "statements_total integer NOT NULL, "
                + "error " + textType + ")";
    }

    /** An INSERT of {@code rows} rows in one statement; bind them with {@link #bindAll}. */
    public String insertStatement(int rows) {
        String user = currentUserExpression == null ? "?" : currentUserExpression;
        String startedAt = times == null ? "?" : times.startedAtFromMicros();
        String row = "(?, ?, ?, ?, ?, ?, " + startedAt + ", ?, " + user + ", ?, ?, ?, ?, ?, ?)";
        return "INSERT INTO " + qualifiedName + " (" + COLUMNS + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    /**
     * Binds a row's values from parameter {@code first} on; a null duration is measured from the row's start to now.
     *
     * @return the index of the next free parameter
     */
    public int bind(PreparedStatement ps, int first, HistoryRecord r) throws SQLException {
        int i = first;
        ps.setLong(i++, r.version());
        ps.setString(i++, r.title());
        ps.setString(i++, r.kind().word());
        ps.setLong(i++, r.schemaVersion());
        setNullable(ps, i++, r.checksum());
        ps.setString(i++, r.execution());
        if (times == null) {
            ps.setTimestamp(i++, Timestamp.from(r.startedAt()), utc);
        } else {
            ps.setLong(i++, Math.addExact(Math.multiplyExact(r.startedAt().getEpochSecond(), 1_000_000L),
                    r.startedAt().getNano() / 1_000));
        }
        Duration duration = r.duration() != null ? r.duration() : Duration.between(r.startedAt(), Instant.now());
        ps.setDouble(i++, duration.toNanos() / 1_000_000.0);
        if (currentUserExpression == null) {
            ps.setString(i++, System.getProperty("user.name", ""));
        }
        setNullable(ps, i++, settings.clientHost());
        setNullable(ps, i++, settings.toolVersion());
        ps.setBoolean(i++, r.success());
        ps.setInt(i++, r.statementsApplied());
        ps.setInt(i++, r.statementsTotal());
        setNullable(ps, i++, r.error());
        return i;
    }

    /**
     * Binds rows one after the other from parameter {@code first} on.
     *
     * @return the index of the next free parameter
     */
    public int bindAll(PreparedStatement ps, int first, List<HistoryRecord> records) throws SQLException {
        int next = first;
        for (HistoryRecord record : records) {
            next = bind(ps, next, record);
        }
        return next;
    }

    /** Inserts one row on the connection, in whatever transaction it is in. */
    public void insert(Connection connection, HistoryRecord record) throws SQLException {
        insert(connection, List.of(record));
    }

    /** Inserts rows, in order, in one statement on the connection, in whatever transaction it is in. */
    public void insert(Connection connection, List<HistoryRecord> records) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(insertStatement(records.size()))) {
            bindAll(ps, 1, records);
            ps.executeUpdate();
        }
    }

    /**
     * Every row, oldest first, read by a prepared statement the caller may tune first (a driver's binary transfer).
     */
    public List<HistoryRecord> read(Connection connection, SqlSetup<PreparedStatement> setup) throws SQLException {
        return select(connection, setup, selectedColumns(), this::row);
    }

    /**
     * Every row, oldest first, with only what tells which versions are applied (see
     * {@link dev.jmigrate.database.DatabaseDriver#historyOutline()}).
     */
    public List<HistoryRecord> readOutline(Connection connection, SqlSetup<PreparedStatement> setup) throws SQLException {
        return select(connection, setup, "version, kind, schema_version, success", rs -> HistoryRecord.outline(rs.getLong(1),
                HistoryRecord.Kind.of(rs.getString(2)), rs.getLong(3), rs.getBoolean(4)));
    }

    private List<HistoryRecord> select(Connection connection, SqlSetup<PreparedStatement> setup, String columns,
                                       RowReader reader) throws SQLException {
        List<HistoryRecord> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + columns + " FROM " + qualifiedName + " ORDER BY id")) {
            setup.apply(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.row(rs));
                }
            }
        }
        return rows;
    }

    /** One history row from the current row of a result set. */
    @FunctionalInterface
    private interface RowReader {
        HistoryRecord row(ResultSet rs) throws SQLException;
    }

    /** One of the reads above, {@link #read} or {@link #readOutline}. */
    @FunctionalInterface
    public interface Reader {
        List<HistoryRecord> read(Connection connection, SqlSetup<PreparedStatement> setup) throws SQLException;
    }

    /** Work on a JDBC object that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlSetup<T> {
        void apply(T target) throws SQLException;
    }

    private HistoryRecord row(ResultSet rs) throws SQLException {
        return new HistoryRecord(rs.getLong(1), rs.getString(2), HistoryRecord.Kind.of(rs.getString(3)), rs.getLong(4),
                rs.getString(5), rs.getString(6), startedAt(rs),
                duration(rs), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getBoolean(12), rs.getInt(13), rs.getInt(14), rs.getString(15));
    }

    private String selectedColumns() {
        return times == null ? COLUMNS : COLUMNS.replace("started_at,", times.startedAtMicros() + ",")
                .replace("duration_ms,", times.durationNanos() + ",");
    }

    private Instant startedAt(ResultSet rs) throws SQLException {
        if (times == null) {
            return rs.getTimestamp(7, utc).toInstant();
        }
        long micros = rs.getLong(7);
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private Duration duration(ResultSet rs) throws SQLException {
        return times == null ? Duration.ofNanos(Math.round(rs.getDouble(8) * 1_000_000)) : Duration.ofNanos(rs.getLong(8));
    }

    /**
     * SQL that moves the two time columns as whole numbers.
     *
     * @param startedAtMicros {@code started_at} as microseconds since 1970-01-01 UTC
     * @param startedAtFromMicros a value for {@code started_at} from one {@code ?} parameter of such microseconds
     * @param durationNanos {@code duration_ms} as nanoseconds, rounded
     */
    public record WholeNumberTimes(String startedAtMicros, String startedAtFromMicros, String durationNanos) {
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
