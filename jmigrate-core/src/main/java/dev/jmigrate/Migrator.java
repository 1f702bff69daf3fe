package dev.jmigrate;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDrivers;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.engine.Engine;
import dev.jmigrate.engine.EngineSettings;
import dev.jmigrate.engine.Request;
import dev.jmigrate.source.DirectorySource;
import dev.jmigrate.source.MigrationSource;
import dev.jmigrate.source.Sources;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Migrates one database with the migrations of one source, as golang-migrate's {@code migrate.New} does:
 * <pre>{@code
 * try (Migrator m = Migrator.create("file://migrations", System.getenv("DATABASE_URL"))) {
 *     MigrationResult r = m.up();          // r.isNoChange() when nothing was pending
 * }
 * }</pre>
 * The database is connected on first use and released by {@link #close()}. Every operation that changes
 * the database takes the migration lock first (waiting at most the lock timeout). Failures are
 * {@link MigrateException}s: {@link MigrationFailedException} carries the version, the file and the SQLSTATE.
 * Not thread-safe, except {@link #requestStop()}.
 */
public final class Migrator implements AutoCloseable {
    private final Engine engine;

    private Migrator(Engine engine) {
        this.engine = engine;
    }

    /**
     * A migrator for a source URL ({@code file://dir}, {@code classpath:location}) and a database URL
     * ({@code postgres://...}), with default settings.
     */
    public static Migrator create(String sourceUrl, String databaseUrl) {
        return builder().source(sourceUrl).database(databaseUrl).build();
    }

    /** A builder with golang-migrate's defaults; {@link Builder#build()} needs a source and a database. */
    public static Builder builder() {
        return new Builder();
    }

    /** Applies every pending migration; {@link MigrationResult#isNoChange()} when there was none. */
    public MigrationResult up() {
        return engine.run(Request.up());
    }

    /** Reverts every applied migration. */
    public MigrationResult down() {
        return engine.run(Request.down());
    }

    /**
     * Moves n migrations up (n &gt; 0) or down (n &lt; 0).
     *
     * @throws ShortLimitException when fewer than |n| were available (those were applied)
     * @throws NoSuchMigrationException when there is none at all in that direction
     */
    public MigrationResult steps(long n) {
        return engine.run(Request.steps(n));
    }

    /**
     * Moves up or down to a version of the source.
     *
     * @throws NoSuchMigrationException when the source has no such version
     */
    public MigrationResult migrateTo(long version) {
        return engine.run(Request.migrateTo(version));
    }

    /** What {@link #up()} would run, statements included; changes nothing. */
    public MigrationPlan planUp() {
        return engine.plan(Request.up());
    }

    /** What {@link #down()} would run; changes nothing. */
    public MigrationPlan planDown() {
        return engine.plan(Request.down());
    }

    /** What {@link #steps(long)} would run; changes nothing. */
    public MigrationPlan planSteps(long n) {
        return engine.plan(Request.steps(n));
    }

    /** What {@link #migrateTo(long)} would run; changes nothing. */
    public MigrationPlan planMigrateTo(long version) {
        return engine.plan(Request.migrateTo(version));
    }

    /**
     * Sets the version and clears the dirty flag without running anything; {@code -1} means no version.
     *
     * @throws InvalidArgumentException for a version below -1
     */
    public void force(long version) {
        engine.force(version);
    }

    /** Drops every object in the database's current schema, the version table included. */
    public void drop() {
        engine.drop();
    }

    /** The current version; {@link VersionState#isNone()} when no migration is applied. Takes no lock. */
    public VersionState version() {
        return engine.version();
    }

    /** Every migration with its state, and who holds the lock. Takes no lock. */
    public Status status() {
        return engine.status();
    }

    /** Applied migrations whose files changed or disappeared, and lower versions never applied. */
    public List<Problem> validate() {
        return engine.validate();
    }

    /** Who holds the migration lock and which database sessions wait for locks. */
    public LockReport locks() {
        return engine.locks();
    }

    /** Finishes the running migration and starts no other; later operations do nothing. Thread-safe. */
    public void requestStop() {
        engine.requestStop();
    }

    /** Releases the lock if held and closes the database connection. */
    @Override
    public void close() {
        engine.close();
    }

    /** Settings of a {@link Migrator}; a source and a database are required. */
    public static final class Builder {
        /** How many migrations are read ahead of the running one unless {@link #prefetch(int)} says otherwise. */
        public static final int DEFAULT_PREFETCH = 64;

        private MigrationSource source;
        private String sourceUrl;
        private Supplier<DatabaseDriver> connector;
        private Duration lockTimeout = Duration.ofSeconds(15);
        private int prefetch = DEFAULT_PREFETCH;
        private Duration groupCommit = EngineSettings.DEFAULT_GROUP_COMMIT;
        private Duration migrationTimeout;
        private boolean allowOutOfOrder;
        private boolean validate = true;
        private MigrationListener listener = new MigrationListener() { };
        private ClassLoader classLoader = Migrator.class.getClassLoader();

        private Builder() {
        }

        /** The source as a URL: {@code file://dir} or {@code classpath:location}. */
        public Builder source(String url) {
            this.sourceUrl = Objects.requireNonNull(url, "url");
            this.source = null;
            return this;
        }

        /** The source as an object, for migrations that are neither a folder nor on the class path. */
        public Builder source(MigrationSource source) {
            this.source = Objects.requireNonNull(source, "source");
            this.sourceUrl = null;
            return this;
        }

        /** The source as a folder. */
        public Builder path(Path directory) {
            return source(new DirectorySource(directory));
        }

        /** The database as a URL: {@code postgres://}, {@code mysql://}, {@code sqlite3://}... */
        public Builder database(String url) {
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            this.connector = () -> DatabaseDrivers.open(parsed, driverSettings());
            return this;
        }

        /** The database as a {@link DataSource}; one connection is taken from it and closed by {@link Migrator#close()}. */
        public Builder dataSource(DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource");
            this.connector = () -> {
                try {
                    return DatabaseDrivers.attach(dataSource.getConnection(), driverSettings());
                } catch (SQLException e) {
                    throw new dev.jmigrate.database.ConnectionException("cannot get a connection from the DataSource: "
                            + e.getMessage(), e.getSQLState(), e);
                }
            };
            return this;
        }

        /** How long to wait for the migration lock (default 15 seconds). */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** How long one migration may run before it is cancelled (default: no limit). */
        public Builder migrationTimeout(Duration timeout) {
            this.migrationTimeout = timeout;
            return this;
        }

        /**
         * How many migrations to read and parse ahead of the one running, on another thread, so that the next ones are
         * ready when the database finishes (golang-migrate's {@code -prefetch}; default {@value #DEFAULT_PREFETCH}
         * where golang-migrate reads 10, because the PostgreSQL driver sends the statements of quick migrations 32
         * at a time); 0 reads each in turn. However many, at most 4 Mi characters of SQL wait ahead, or one
         * migration when it alone is longer.
         */
        public Builder prefetch(int migrations) {
            if (migrations < 0) {
                throw new IllegalArgumentException("prefetch must be zero or positive");
            }
            this.prefetch = migrations;
            return this;
        }

        /**
         * How long quick migrations keep joining one transaction before it commits, on PostgreSQL and SQLite, whose DDL
         * is transactional (default 50 ms). The database still moves as if each migration had its own transaction: a
         * failing one leaves every migration before it applied and committed, and a migration still running when the
         * window is over is cancelled and run again alone, so it never holds the locks of those before it for long.
         * {@link Duration#ZERO} commits each migration on its own.
         */
        public Builder groupCommit(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isNegative()) {
                throw new IllegalArgumentException("groupCommit must be zero or positive");
            }
            this.groupCommit = window;
            return this;
        }

        /** Apply lower versions that were never applied instead of refusing to migrate (default false). */
        public Builder allowOutOfOrder(boolean allow) {
            this.allowOutOfOrder = allow;
            return this;
        }

        /** Check the folder against the history before moving up (default true). */
        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        /** Told of lock waits, of each step as it starts and ends, and of notices (default: told nothing). */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The class loader for {@code classpath:} sources (default: this library's). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * @throws IllegalStateException when the source or the database is missing
         */
        public Migrator build() {
            MigrationSource s = source != null ? source : sourceUrl != null ? Sources.open(sourceUrl, classLoader) : null;
            if (s == null || connector == null) {
                throw new IllegalStateException(s == null ? "a source is required: source(url), source(MigrationSource) or path(dir)"
                        : "a database is required: database(url) or dataSource(ds)");
            }
            EngineSettings settings = new EngineSettings(lockTimeout, migrationTimeout, allowOutOfOrder, validate, prefetch,
                    groupCommit);
            return new Migrator(new Engine(s, connector, settings, listener));
        }

        private static DriverSettings driverSettings() {
            return new DriverSettings(ToolVersion.get(), ClientHost.name());
        }
    }
}
