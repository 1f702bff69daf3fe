package dev.jmigrate.database.postgres;

import static dev.jmigrate.database.jdbc.Identifiers.doubleQuoted;

import dev.jmigrate.database.AdvisoryLockKey;
import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseException;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.HistoryRecord;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.ServerError;
import dev.jmigrate.database.StatementFailedException;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.database.jdbc.HistoryTable;
import dev.jmigrate.database.jdbc.JdbcSession;
import dev.jmigrate.sql.PostgresScriptParser;
import dev.jmigrate.sql.ScriptParser;
import dev.jmigrate.sql.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * The PostgreSQL driver: golang-migrate's version table in the session's current schema, its advisory-lock
 * key taken with {@code pg_try_advisory_lock} (so a waiting instance never blocks {@code CREATE INDEX
 * CONCURRENTLY}), and one session for everything. Commits are asynchronous until {@link #flush()}, which the
 * engine calls before it reports success, so a run of many migrations does not wait for the disk each time.
 */
public final class PostgresDriver implements DatabaseDriver {
    private static final String UNDEFINED_TABLE = "42P01";

    private final Connection connection;
    private final JdbcSession jdbc;
    private final PostgresOptions options;
    private final PostgresTables tables;
    private final HistoryTable history;
    private final long lockKey;
    private final int serverMajor;
    private final String description;
    private final Runnable onClose;
    private final String recordStepSql;
    private PreparedStatement commitStep;
    private final GroupRecords group = new GroupRecords();
    private final HeldStatements held = new HeldStatements();
    private boolean locked;

    private PostgresDriver(Connection connection, PostgresOptions options, PostgresTables tables, Session session,
                           String lockDatabaseName, DriverSettings settings, Runnable onClose) {
        this.connection = connection;
        this.jdbc = new JdbcSession(connection, PostgresErrors::serverError,
                options.statementTimeoutMillis() > 0 ? Duration.ofMillis(options.statementTimeoutMillis()) : null);
        this.options = options;
        this.tables = tables;
        this.history = new HistoryTable(tables.historyQualified(), settings, "current_user",
                new HistoryTable.WholeNumberTimes("(EXTRACT(EPOCH FROM started_at) * 1000000)::bigint",
                        "timestamptz 'epoch' + ?::bigint * interval '1 microsecond'", "round(duration_ms * 1000000)::bigint"));
        this.lockKey = AdvisoryLockKey.of(lockDatabaseName.isEmpty() ? session.database() : lockDatabaseName,
                tables.schema(), tables.table());
        this.serverMajor = session.serverVersionNum() / 10000;
        this.description = session.product() + ", database " + session.database();
        this.onClose = onClose;
        this.recordStepSql = recordSql(1);
    }

    /** The history rows and the version row updated in place (or inserted into an empty table), in one statement. */
    private String recordSql(int rows) {
        return "WITH h AS (" + history.insertStatement(rows) + "), u AS (UPDATE " + tables.versionQualified()
                + " SET version = ?, dirty = ? RETURNING 1) INSERT INTO " + tables.versionQualified()
                + " (version, dirty) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM u)";
    }

    /**
     * Connects to the database a {@code postgres://} URL names.
     *
     * @param onClose run after the connection is closed (the embedded server stops its process there)
     */
    public static PostgresDriver connect(DatabaseUrl url, DriverSettings settings, Runnable onClose) {
        LocaleData.warmUp();
        PostgresUrl pg = PostgresUrl.parse(url);
        Connection connection = open(pg);
        try {
            Session session = Session.read(connection);
            PostgresTables tables = PostgresTables.of(session.schema(), pg.options());
            return new PostgresDriver(connection, pg.options(), tables, session, pg.lockDatabaseName(), settings, onClose);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    static PostgresDriver connect(DatabaseUrl url, DriverSettings settings) {
        return connect(url, settings, () -> { });
    }

    /**
     * Uses a connection the caller opened (from a {@code DataSource}); the lock key uses the database name
     * without a slash, as golang-migrate's {@code WithInstance} does. Closing the driver closes the connection.
     */
    public static PostgresDriver attach(Connection connection, DriverSettings settings) {
        Session session = Session.read(connection);
        PostgresOptions defaults = new PostgresOptions(null, PostgresOptions.DEFAULT_TABLE, 0, false, PostgresOptions.DEFAULT_MAX_SIZE);
        return new PostgresDriver(connection, defaults, PostgresTables.of(session.schema(), defaults), session, "", settings, () -> { });
    }

    /**
     * A plain JDBC connection to the database a {@code postgres://} URL names, translated as {@link #connect} does;
     * for tools that read the catalog beside a migrator (verify). The caller closes it.
     *
     * @throws dev.jmigrate.database.ConnectionException when the server cannot be reached or refuses the login
     */
    public static Connection openConnection(DatabaseUrl url) {
        return open(PostgresUrl.parse(url));
    }

    private static Connection open(PostgresUrl pg) {
        try {
            Connection c = new org.postgresql.Driver().connect(pg.jdbcUrl(), pg.properties());
            if (c == null) {
                throw new IllegalStateException("pgjdbc rejected its own URL " + pg.jdbcUrl());
            }
            return c;
        } catch (SQLException e) {
            throw PostgresErrors.connectionFailed(pg.target(), pg.properties().getProperty("user", "(default)"), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public ScriptParser scriptParser() {
        return new PostgresScriptParser(serverMajor);
    }

    @Override
    public boolean wrapsInTransaction() {
        return true;
    }

    @Override
    public String migrationsTable() {
        return tables.table();
    }

    @Override
    public String historyTable() {
        return tables.historyName();
    }

    /** The advisory-lock key, the same golang-migrate computes for this database and table. */
    public long lockKey() {
        return lockKey;
    }

    @Override
    public boolean tryLock() {
        if (locked) {
            throw new IllegalStateException("this driver already holds the migration lock");
        }
        locked = queryBoolean("SELECT pg_try_advisory_lock(?)", "taking the migration lock");
        return locked;
    }

    @Override
    public void unlock() {
        if (locked) {
            queryBoolean("SELECT pg_advisory_unlock(?)", "releasing the migration lock");
            locked = false;
        }
    }

    private boolean queryBoolean(String sql, String what) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, lockKey);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    @Override
    public LockReport lockReport() {
        try {
            return new PostgresLockReport(connection, lockKey, serverMajor).read();
        } catch (SQLException e) {
            throw failed("reading pg_locks", e);
        }
    }

    @Override
    public void prepare() {
        String what = "creating the version table " + tables.versionQualified() + " and its history table";
        try {
            if (tables.exist(connection)) {
                return;
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
        jdbc.inTransaction(what, () -> {
            try (Statement s = connection.createStatement()) {
                if (options.schema() != null) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + doubleQuoted(tables.schema()));
                }
                s.execute("CREATE TABLE IF NOT EXISTS " + tables.versionQualified()
                        + " (version bigint not null primary key, dirty boolean not null)");
                s.execute(history.createStatement("bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "timestamptz",
                        "double precision", "text"));
            }
        });
    }

    @Override
    public VersionState version() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, dirty FROM " + tables.versionQualified() + " LIMIT 1")) {
            return rs.next() ? new VersionState(rs.getLong(1), rs.getBoolean(2)) : VersionState.none();
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return VersionState.none();
            }
            throw failed("reading " + tables.versionQualified(), e);
        }
    }

    @Override
    public void setVersion(long version, boolean dirty) {
        jdbc.inTransaction("setting the version", () -> writeVersion(new VersionState(version, dirty), List.of()));
    }

    @Override
    public void applyInTransaction(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline) {
        applyStep(statements, state, record, deadline);
    }

    /** PostgreSQL's DDL is transactional. */
    @Override
    public boolean groupsSteps() {
        return true;
    }

    /**
     * Runs the step's statements in the open transaction and keeps its version and history row for {@link #commitGroup}:
     * no one sees them before the commit anyway, and one statement for the whole group saves the server a statement and
     * the client a round trip per step. The first step of a group runs at once, statement by statement, as its failure
     * is reported as it is. The statements of the steps that join it are held and sent together, in one round trip,
     * once {@value HeldStatements#SEND_AT} are held or at {@link #commitGroup}: if one fails there, the engine rolls
     * the group back and runs each of its steps alone, statement by statement, so the failing one is found then.
     */
    @Override
    public void applyInGroup(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline) {
        checkSizes(statements);
        if (group.isEmpty()) {
            try {
                jdbc.applyOpen("running migration " + record.version(), statements, deadline, () -> group.add(state, record));
            } catch (RuntimeException e) {
                group.clear();
                throw e;
            }
            return;
        }
        held.add(statements, deadline);
        group.add(state, record);
        if (held.full()) {
            sendHeld();
        }
    }

    /** Sends the held statements in one batch; on failure the group is rolled back and forgotten. */
    private void sendHeld() {
        if (held.isEmpty()) {
            return;
        }
        List<SqlStatement> batch = held.statements();
        Instant deadline = held.deadline();
        held.clear();
        try {
            jdbc.applyOpenTogether("running migrations up to " + group.state(), batch, deadline);
        } catch (RuntimeException e) {
            group.clear();
            throw e;
        }
    }

    private void applyStep(List<SqlStatement> statements, VersionState state, HistoryRecord record, Instant deadline) {
        checkSizes(statements);
        String what = "recording version " + state;
        jdbc.applyOpen(what, statements, deadline, () -> writeVersion(state, List.of(record)));
        jdbc.commitOpen(what);
    }

    /**
     * Sends the statements still held, then writes the group's version and history rows and commits, in one round trip
     * per {@value GroupRecords#CHUNK} rows.
     *
     * @throws StatementFailedException when a held statement fails: the group is rolled back
     */
    @Override
    public void commitGroup() {
        try {
            sendHeld();
            if (!group.isEmpty()) {
                jdbc.inOpenTransaction("recording version " + group.state(), this::recordGroup);
            }
        } finally {
            group.clear();
            held.clear();
        }
        jdbc.commitOpen("committing migrations");
    }

    private void recordGroup() throws SQLException {
        List<List<HistoryRecord>> chunks = group.chunks();
        for (int i = 0; i < chunks.size() - 1; i++) {
            writeVersion(null, chunks.get(i));
        }
        writeVersion(group.state(), chunks.get(chunks.size() - 1));
    }

    @Override
    public void execute(SqlStatement statement, Instant deadline) {
        checkSize(0, statement);
        jdbc.execute(0, statement, deadline);
    }

    @Override
    public void record(VersionState state, HistoryRecord record) {
        jdbc.inTransaction("recording history", () -> writeVersion(state, record == null ? List.of() : List.of(record)));
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
            return reader.read(connection, PostgresDriver::binaryResults);
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return List.of();
            }
            throw failed("reading " + tables.historyQualified(), e);
        }
    }

    @Override
    public void drop() {
        jdbc.inTransaction("dropping the schema's objects", () -> new PostgresDrop(connection).dropCurrentSchemaObjects());
    }

    /**
     * Makes every asynchronous commit so far durable: one synchronous commit flushes the log up to it. Does nothing
     * when this driver has written nothing since the last flush (a no-op up waits for no disk).
     */
    @Override
    public void flush() {
        if (!jdbc.wrote()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT set_config('synchronous_commit', 'on', false), txid_current()");
        } catch (SQLException e) {
            throw failed("flushing the commit log", e);
        }
        jdbc.forgetWrites();
    }

    @Override
    public void close() {
        try {
            if (locked && !connection.isClosed()) {
                unlock();
            }
        } catch (SQLException | RuntimeException e) {
            // closing the session below releases a session-level advisory lock anyway
        } finally {
            closeQuietly(commitStep);
            jdbc.close();
            onClose.run();
        }
    }

    private void checkSizes(List<SqlStatement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            checkSize(i, statements.get(i));
        }
    }

    private void checkSize(int index, SqlStatement statement) {
        if (options.multiStatement() && statement.text().getBytes(StandardCharsets.UTF_8).length > options.multiStatementMaxSize()) {
            String message = "statement is longer than x-multi-statement-max-size (" + options.multiStatementMaxSize() + " bytes)";
            throw new StatementFailedException(index, new ServerError(message, null, null, null, 0, 0), false, null);
        }
    }

    /**
     * Writes the version (unless {@code state} is null) and the history rows as the last work of a transaction, or of a
     * group of steps. Both at once take one round trip, which also commits ({@link #recordAndCommit}).
     */
    private void writeVersion(VersionState state, List<HistoryRecord> records) throws SQLException {
        if (state == null) {
            if (!records.isEmpty()) {
                history.insert(connection, records);
            }
            return;
        }
        if (state.isNone() && !state.dirty()) {
            String prefix = records.isEmpty() ? "" : "WITH h AS (" + history.insertStatement(records.size()) + ") ";
            try (PreparedStatement ps = connection.prepareStatement(prefix + "DELETE FROM " + tables.versionQualified())) {
                history.bindAll(ps, 1, records);
                ps.executeUpdate();
            }
            return;
        }
        if (!records.isEmpty()) {
            recordAndCommit(state, records);
            return;
        }
        if (updateVersion(state) == 0) {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + tables.versionQualified()
                    + " (version, dirty) VALUES (?, ?)")) {
                ps.setLong(1, state.version());
                ps.setBoolean(2, state.dirty());
                ps.executeUpdate();
            }
        }
    }

    private int updateVersion(VersionState state) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + tables.versionQualified()
                + " SET version = ?, dirty = ?")) {
            ps.setLong(1, state.version());
            ps.setBoolean(2, state.dirty());
            return ps.executeUpdate();
        }
    }

    /**
     * The history rows and the version row updated in place (or inserted into an empty table), then {@code COMMIT}, in
     * one round trip; the statement for a single row is kept prepared for the session. After a COMMIT pgjdbc sees the
     * transaction ended, so the session's own commit sends nothing; a failure of any part leaves the transaction to
     * be rolled back.
     */
    private void recordAndCommit(VersionState state, List<HistoryRecord> records) throws SQLException {
        if (records.size() == 1 && commitStep == null) {
            commitStep = connection.prepareStatement(recordStepSql + "; COMMIT");
        }
        PreparedStatement ps = records.size() == 1 ? commitStep : connection.prepareStatement(recordSql(records.size()) + "; COMMIT");
        try {
            int next = history.bindAll(ps, 1, records);
            ps.setLong(next, state.version());
            ps.setBoolean(next + 1, state.dirty());
            ps.setLong(next + 2, state.version());
            ps.setBoolean(next + 3, state.dirty());
            ps.execute();
        } finally {
            if (ps != commitStep) {
                ps.close();
            }
        }
    }

    /** Asks for the rows in binary: a long history decodes faster from int8, int4 and bool than from their text. */
    private static void binaryResults(PreparedStatement ps) throws SQLException {
        if (ps.isWrapperFor(PGStatement.class)) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    private DatabaseException failed(String what, SQLException e) {
        return jdbc.failed(what, e);
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }

    /** What the driver reads of its session once, in one round trip. */
    private record Session(String schema, String database, int serverVersionNum, String product) {
        static Session read(Connection connection) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_schema(), current_database(),"
                         + " current_setting('server_version_num')::int, current_setting('server_version')")) {
                rs.next();
                return new Session(rs.getString(1), rs.getString(2), rs.getInt(3), "PostgreSQL " + rs.getString(4));
            } catch (SQLException e) {
                throw new DatabaseException("reading the session's schema and server version",
                        PostgresErrors.serverError(e), e);
            }
        }
    }
}
