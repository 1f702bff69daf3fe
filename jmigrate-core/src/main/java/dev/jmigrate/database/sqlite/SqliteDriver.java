package dev.jmigrate.database.sqlite;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseException;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.ServerError;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.database.jdbc.HistoryTable;
import dev.jmigrate.database.jdbc.JdbcSession;
import dev.jmigrate.database.jdbc.VersionRows;
import dev.jmigrate.sql.ScriptParser;
import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.SqliteScriptParser;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite driver, through sqlite-jdbc: golang-migrate's version table ({@code version uint64, dirty bool} with
 * its unique index), each migration in one transaction with its version update (SQLite's DDL is transactional)
 * unless the file or {@code x-no-tx-wrap} says otherwise, and a lock that, unlike golang-migrate's, excludes other
 * processes too ({@link SqliteLock}).
 */
public final class SqliteDriver implements DatabaseDriver {
    private final Connection connection;
    private final JdbcSession jdbc;
    private final SqliteOptions options;
    private final SqliteLock lock;
    private final HistoryTable history;
    private final String description;
    private boolean locked;

    private SqliteDriver(Connection connection, SqliteOptions options, SqliteLock lock, String where, DriverSettings settings) {
        this.connection = connection;
        this.jdbc = new JdbcSession(connection, SqliteErrors::serverError, null);
        this.options = options;
        this.lock = lock;
        this.history = new HistoryTable(options.historyTable(), settings, null, null);
        this.description = "SQLite " + sqliteVersion(connection) + ", " + where;
    }

    /** Opens the database a {@code sqlite3://} or {@code sqlite://} URL names, creating the file if missing. */
    public static SqliteDriver connect(DatabaseUrl url, DriverSettings settings) {
        SqliteUrl sqlite = SqliteUrl.parse(url);
        String where = sqlite.file() != null ? "database file " + sqlite.file() : "in-memory database " + sqlite.dsn();
        Connection connection;
        try {
            connection = new org.sqlite.JDBC().connect(sqlite.jdbcUrl(), sqlite.properties());
        } catch (SQLException e) {
            throw SqliteErrors.openFailed(where, e);
        }
        try {
            try (Statement s = connection.createStatement()) {
                for (String pragma : sqlite.pragmas()) {
                    s.execute(pragma);
                }
            } catch (SQLException e) {
                throw SqliteErrors.openFailed(where, e);
            }
            SqliteLock lock = sqlite.file() != null ? SqliteLock.forFile(sqlite.file())
                    : sqlite.sharedMemory() != null ? SqliteLock.forSharedMemory(sqlite.sharedMemory()) : SqliteLock.none();
            return new SqliteDriver(connection, sqlite.options(), lock, where, settings);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Uses a connection the caller opened, with the default table; the lock file is found from the connection's main
     * database file. Closing the driver closes the connection.
     */
    public static SqliteDriver attach(Connection connection, DriverSettings settings) {
        String file = mainFile(connection);
        SqliteLock lock = file.isEmpty() ? SqliteLock.none() : SqliteLock.forFile(Path.of(file));
        return new SqliteDriver(connection, SqliteOptions.defaults(), lock,
                file.isEmpty() ? "in-memory database" : "database file " + file, settings);
    }

    private static String mainFile(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    String file = rs.getString("file");
                    return file == null ? "" : file;
                }
            }
            return "";
        } catch (SQLException e) {
            throw failed("reading the connection's database file", e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public ScriptParser scriptParser() {
        return new SqliteScriptParser();
    }

    @Override
    public boolean wrapsInTransaction() {
        return !options.noTxWrap();
    }

    @Override
    public String migrationsTable() {
        return options.table();
    }

    @Override
    public String historyTable() {
        return options.historyTable();
    }

    /** The sidecar lock file, or null for an in-memory database. */
    public Path lockFile() {
        return lock.file();
    }

    @Override
    public boolean tryLock() {
        if (locked) {
            throw new IllegalStateException("this driver already holds the migration lock");
        }
        locked = lock.tryLock();
        return locked;
    }

    @Override
    public void unlock() {
        if (locked) {
            lock.unlock();
            locked = false;
        }
    }

    @Override
    public LockReport lockReport() {
        return new LockReport(lock.holder(), List.of());
    }

    @Override
    public void prepare() {
        try (Statement s = connection.createStatement()) {
            if (!exists(options.table())) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS " + options.table() + " (version uint64,dirty bool);");
                s.executeUpdate("CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON " + options.table() + " (version);");
            }
            if (!exists(options.historyTable())) {
                s.executeUpdate(history.createStatement("INTEGER PRIMARY KEY", "timestamp", "real", "text"));
            }
        } catch (SQLException e) {
            throw failed("creating the version table " + options.table() + " and its history table", e);
        }
    }

    /** Whether a table exists; {@code schema.table} names are looked up in that schema. */
    private boolean exists(String table) throws SQLException {
        int dot = table.lastIndexOf('.');
        String master = dot < 0 ? "sqlite_master" : table.substring(0, dot) + ".sqlite_master";
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + master
                + " WHERE type = 'table' AND name = ?")) {
            ps.setString(1, dot < 0 ? table : table.substring(dot + 1));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The version table's row; as in golang-migrate, any error reading it (e.g. no table) means no version. */
    @Override
    public VersionState version() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, dirty FROM " + options.table() + " LIMIT 1")) {
            return rs.next() ? new VersionState(rs.getLong(1), rs.getBoolean(2)) : VersionState.none();
        } catch (SQLException e) {
            return VersionState.none();
        }
    }

    @Override
    public void setVersion(long version, boolean dirty) {
        jdbc.inTransaction("setting the version", () -> writeVersion(new VersionState(version, dirty), null));
    }

    @Override
    public void applyInTransaction(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline) {
        jdbc.apply("recording version " + state, statements, deadline, () -> writeVersion(state, record));
    }

    /** SQLite's DDL is transactional: true unless the URL turns transaction wrapping off. */
    @Override
    public boolean groupsSteps() {
        return wrapsInTransaction();
    }

    @Override
    public void applyInGroup(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline) {
        jdbc.applyOpen("recording version " + state, statements, deadline, () -> writeVersion(state, record));
    }

    @Override
    public void commitGroup() {
        jdbc.commitOpen("committing migrations");
    }

    @Override
    public void execute(SqlStatement statement, Instant deadline) {
        jdbc.execute(0, statement, deadline);
    }

    @Override
    public void record(VersionState state, HistoryRecord record) {
        jdbc.inTransaction("recording history", () -> writeVersion(state, record));
    }

    @Override
    public List<HistoryRecord> history() {
        return readHistory(history::read);
    }

    @Override
    public List<HistoryRecord> historyOutline() {
        return readHistory(history::readOutline);
    }

    private List<HistoryRecord> readHistory(HistoryTable.Reader reader) {
        try {
            return reader.read(connection, s -> { });
        } catch (SQLException e) {
            if (SqliteErrors.noSuchTable(e)) {
                return List.of();
            }
            throw failed("reading " + options.historyTable(), e);
        }
    }

    /**
     * Drops every trigger, view, index and table of the main database (SQLite's own {@code sqlite_*} objects
     * excepted; virtual tables before the tables that hold their data), with foreign keys off meanwhile, then
     * VACUUMs the file.
     */
    @Override
    public void drop() {
        try (Statement s = connection.createStatement()) {
            boolean foreignKeys;
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                foreignKeys = rs.next() && rs.getInt(1) != 0;
            }
            s.execute("PRAGMA foreign_keys = OFF");
            try {
                jdbc.inTransaction("dropping the database's objects", () -> {
                    for (String drop : dropStatements(s)) {
                        s.execute(drop);
                    }
                });
            } finally {
                s.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
            }
            s.execute("VACUUM");
        } catch (SQLException e) {
            throw failed("dropping the database's objects", e);
        }
    }

    private static List<String> dropStatements(Statement s) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                SELECT type, name FROM sqlite_master
                WHERE type IN ('trigger', 'view', 'index', 'table') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                ORDER BY CASE WHEN type = 'trigger' THEN 1 WHEN type = 'view' THEN 2 WHEN type = 'index' THEN 3
                              WHEN sql LIKE 'CREATE VIRTUAL TABLE%' THEN 4 ELSE 5 END, name
                """)) {
            while (rs.next()) {
                drops.add("DROP " + rs.getString(1).toUpperCase(java.util.Locale.ROOT) + " IF EXISTS "
                        + dev.jmigrate.database.jdbc.Identifiers.doubleQuoted(rs.getString(2)));
            }
        }
        return drops;
    }

    @Override
    public void close() {
        try {
            unlock();
        } catch (RuntimeException e) {
            // closing the lock below releases it anyway
        } finally {
            locked = false;
            lock.close();
            jdbc.close();
        }
    }


    private void writeVersion(VersionState state, HistoryRecord record) throws SQLException {
        if (state != null) {
            VersionRows.replace(connection, options.table(), state);
        }
        if (record != null) {
            history.insert(connection, record);
        }
    }




    private static String sqliteVersion(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private static DatabaseException failed(String what, SQLException e) {
        return new DatabaseException(what, SqliteErrors.serverError(e), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

}
