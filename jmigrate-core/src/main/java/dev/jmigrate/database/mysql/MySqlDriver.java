package dev.jmigrate.database.mysql;

import static dev.jmigrate.database.jdbc.Identifiers.backquoted;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseException;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.ServerError;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.database.jdbc.HistoryTable;
import dev.jmigrate.database.jdbc.JdbcSession;
import dev.jmigrate.database.jdbc.VersionRows;
import dev.jmigrate.database.AdvisoryLockKey;
import dev.jmigrate.sql.MySqlScriptParser;
import dev.jmigrate.sql.ScriptParser;
import dev.jmigrate.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The MySQL and MariaDB driver, through MariaDB Connector/J: golang-migrate's version table in the database of the
 * URL, its {@code GET_LOCK} name (so both tools exclude each other) tried without waiting, and one session for
 * everything. MySQL commits DDL implicitly, so only files of data statements run in a transaction with their
 * version update (the parser decides); the others run statement by statement under the dirty protocol.
 */
public final class MySqlDriver implements DatabaseDriver {
    private static final String VERSION_TABLE_COLUMNS = "(version bigint not null primary key, dirty boolean not null)";

    private final Connection connection;
    private final JdbcSession jdbc;
    private final MySqlOptions options;
    private final String database;
    private final String lockName;
    private final HistoryTable history;
    private final String description;
    private boolean locked;

    private MySqlDriver(Connection connection, MySqlOptions options, Session session, String address, DriverSettings settings) {
        this.connection = connection;
        this.jdbc = new JdbcSession(connection, MySqlErrors::serverError, options.statementTimeoutMillis() > 0 ? java.time.Duration.ofMillis(options.statementTimeoutMillis()) : null);
        this.options = options;
        this.database = session.database();
        this.lockName = lockName(session.database(), options.table());
        this.history = new HistoryTable(backquoted(options.historyTable()), settings, "CURRENT_USER()", null);
        this.description = session.product() + ", database " + session.database() + (address == null ? "" : " on " + address);
    }

    /**
     * golang-migrate's {@code GET_LOCK} name: the decimal CRC-32 key of {@code "<database>:<table>"}, as its
     * {@code GenerateAdvisoryLockId} computes it for a single name.
     */
    public static String lockName(String database, String table) {
        return Long.toString(AdvisoryLockKey.of(database + ":" + table));
    }

    /**
     * Connects to the database a {@code mysql://} or {@code mariadb://} URL names.
     *
     * @throws DatabaseUrlException when the URL is wrong or names no database
     * @throws ConnectionException when the server cannot be reached or refuses the login
     */
    public static MySqlDriver connect(DatabaseUrl url, DriverSettings settings) {
        MySqlUrl my = MySqlUrl.parse(url);
        Connection connection = open(my);
        try {
            setSessionVariables(connection, my.sessionVariables());
            Session session = Session.read(connection, my.databaseName());
            return new MySqlDriver(connection, my.options(), session, my.address(), settings);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Uses a connection the caller opened (from a {@code DataSource}), with the default table and locking, in the
     * connection's current database. Closing the driver closes the connection.
     */
    public static MySqlDriver attach(Connection connection, DriverSettings settings) {
        Session session = Session.read(connection, "");
        return new MySqlDriver(connection, MySqlOptions.defaults(), session, null, settings);
    }

    private static Connection open(MySqlUrl url) {
        try {
            return open(url, url.tls());
        } catch (SQLException e) {
            if (url.tls().fallbackToPlaintext() && MySqlErrors.text(e).contains("ssl not enabled")) {
                try {
                    return open(url, url.tls().plaintext());
                } catch (SQLException plain) {
                    throw MySqlErrors.connectionFailed(url, plain);
                }
            }
            throw MySqlErrors.connectionFailed(url, e);
        }
    }

    private static Connection open(MySqlUrl url, MySqlTls tls) throws SQLException {
        Properties props = new Properties();
        props.putAll(url.properties());
        tls.apply(props);
        MySqlClientKeyStore keys = tls.enabled() && tls.clientCertificate()
                ? MySqlClientKeyStore.create(tls.certFile(), tls.keyFile()) : null;
        try {
            if (keys != null) {
                keys.apply(props);
            }
            Connection c = new org.mariadb.jdbc.Driver().connect(url.jdbcUrl(), props);
            if (c == null) {
                throw new IllegalStateException("Connector/J rejected its own URL " + url.jdbcUrl());
            }
            return c;
        } finally {
            if (keys != null) {
                keys.close();
            }
        }
    }

    /** go-sql-driver's treatment of unknown URL parameters: {@code SET key=value}, the value as SQL. */
    private static void setSessionVariables(Connection connection, Map<String, String> variables) {
        for (Map.Entry<String, String> v : variables.entrySet()) {
            try (Statement s = connection.createStatement()) {
                s.setEscapeProcessing(false);
                s.execute("SET " + v.getKey() + "=" + v.getValue());
            } catch (SQLException e) {
                throw new DatabaseUrlException("URL parameter " + v.getKey() + " is set as a session variable, as"
                        + " go-sql-driver does, and the server refused it: " + MySqlErrors.serverError(e).summary()
                        + "; quote string values (e.g. time_zone=%27%2B00:00%27) or remove the parameter");
            }
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public ScriptParser scriptParser() {
        return new MySqlScriptParser();
    }

    @Override
    public boolean wrapsInTransaction() {
        return true;
    }

    @Override
    public String migrationsTable() {
        return options.table();
    }

    @Override
    public String historyTable() {
        return options.historyTable();
    }

    /** The {@code GET_LOCK} name, the same golang-migrate uses for this database and table. */
    public String lockName() {
        return lockName;
    }

    @Override
    public boolean tryLock() {
        if (locked) {
            throw new IllegalStateException("this driver already holds the migration lock");
        }
        if (options.noLock()) {
            locked = true;
            return true;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, lockName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int result = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new DatabaseException("taking the migration lock", new ServerError(
                            "GET_LOCK('" + lockName + "', 0) returned NULL", null, null, null, 0, 0), null);
                }
                locked = result == 1;
                return locked;
            }
        } catch (SQLException e) {
            throw failed("taking the migration lock (GET_LOCK)", e);
        }
    }

    @Override
    public void unlock() {
        if (!locked) {
            return;
        }
        if (!options.noLock()) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, lockName);
                ps.executeQuery().close();
            } catch (SQLException e) {
                throw failed("releasing the migration lock (RELEASE_LOCK)", e);
            }
        }
        locked = false;
    }

    @Override
    public LockReport lockReport() {
        try {
            return new MySqlLockReport(connection, lockName).read();
        } catch (SQLException e) {
            throw failed("reading information_schema.processlist", e);
        }
    }

    @Override
    public void prepare() {
        try (Statement s = connection.createStatement()) {
            Set<String> existing = existingTables();
            if (!existing.contains(options.table())) {
                s.execute("CREATE TABLE IF NOT EXISTS " + backquoted(options.table()) + " " + VERSION_TABLE_COLUMNS);
            }
            if (!existing.contains(options.historyTable())) {
                s.execute(history.createStatement("bigint NOT NULL AUTO_INCREMENT PRIMARY KEY", "datetime(6)", "double",
                        "text"));
            }
        } catch (SQLException e) {
            throw failed("creating the version table " + backquoted(options.table()) + " and its history table", e);
        }
    }

    private Set<String> existingTables() throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name IN (?, ?)")) {
            ps.setString(1, options.table());
            ps.setString(2, options.historyTable());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    @Override
    public VersionState version() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, dirty FROM " + backquoted(options.table()) + " LIMIT 1")) {
            return rs.next() ? new VersionState(rs.getLong(1), rs.getBoolean(2)) : VersionState.none();
        } catch (SQLException e) {
            if (e.getErrorCode() == MySqlErrors.NO_SUCH_TABLE) {
                return VersionState.none();
            }
            throw failed("reading " + backquoted(options.table()), e);
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
            if (e.getErrorCode() == MySqlErrors.NO_SUCH_TABLE) {
                return List.of();
            }
            throw failed("reading " + backquoted(options.historyTable()), e);
        }
    }

    @Override
    public void drop() {
        try {
            new MySqlDrop(connection, database).run();
        } catch (SQLException e) {
            throw failed("dropping the objects of database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            if (locked && !connection.isClosed()) {
                unlock();
            }
        } catch (SQLException | RuntimeException e) {
            // closing the session below releases its GET_LOCK locks anyway
        } finally {
            jdbc.close();
        }
    }


    private void writeVersion(VersionState state, HistoryRecord record) throws SQLException {
        if (state != null) {
            VersionRows.replace(connection, backquoted(options.table()), state);
        }
        if (record != null) {
            history.insert(connection, record);
        }
    }

    private static DatabaseException failed(String what, SQLException e) {
        return new DatabaseException(what, MySqlErrors.serverError(e), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

    /** What the driver reads of its session once: the database it works in and the server. */
    private record Session(String database, String product) {
        static Session read(Connection connection, String urlDatabase) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DATABASE(), VERSION()")) {
                rs.next();
                String current = rs.getString(1);
                String version = rs.getString(2);
                String database = urlDatabase.isEmpty() ? current : urlDatabase;
                if (database == null || database.isEmpty()) {
                    throw new DatabaseUrlException("no database name: the URL names no database and the session has no"
                            + " default one; add it to the URL's path, e.g. mysql://user:password@tcp(host:3306)/dbname");
                }
                int mariadb = version.toLowerCase(java.util.Locale.ROOT).indexOf("mariadb");
                String product = mariadb < 0 ? "MySQL " + version
                        : "MariaDB " + (mariadb > 0 && version.charAt(mariadb - 1) == '-' ? version.substring(0, mariadb - 1) : version);
                return new Session(database, product);
            } catch (SQLException e) {
                throw failed("reading the session's database and server version", e);
            }
        }
    }
}
