package dev.jmigrate.verify;

import dev.jmigrate.ErrorCode;
import dev.jmigrate.MigrationFailedException;
import dev.jmigrate.Migrator;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.UrlParameters;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.source.Direction;
import dev.jmigrate.source.DirectorySource;
import dev.jmigrate.source.MigrationSource;
import dev.jmigrate.source.Migrations;
import dev.jmigrate.verify.VerifyReport.Outcome;
import dev.jmigrate.verify.VerifyReport.VersionResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Proves that the down migrations of a folder undo their up migrations, on a scratch database:
 * <pre>{@code
 * VerifyReport report = DownVerifier.builder()
 *         .source(Path.of("migrations"))
 *         .database("postgres://postgres@localhost:5432/scratch?sslmode=disable")
 *         .connector(() -> DriverManager.getConnection("jdbc:postgresql://localhost:5432/scratch", "postgres", ""))
 *         .build()
 *         .verify();
 * System.out.print(report.describe());
 * }</pre>
 * Instead of a URL and a connector, a {@link javax.sql.DataSource} may be given ({@link Builder#dataSource}), e.g.
 * the one of an embedded server.
 *
 * <p>The versions of the folder above the database's version are walked in ascending order with golang-migrate's
 * semantics, so sparse layouts work. For each version {@code v}: snapshot the schema, apply one step up, snapshot,
 * apply one step down, snapshot and require it to equal the snapshot before the up migration (otherwise the report
 * lists the differences, e.g. {@code column public.users.phone still exists}), then apply {@code v} up again and
 * require the same schema as after the first up. A version without a down file is applied and reported as not
 * reversible; a version with only a down file is stepped over (its up does nothing). Verification stops at the first
 * failure and leaves the database as it is then: use a database you can throw away.
 *
 * <p>Migrating is database-agnostic (it goes through {@link Migrator}); the snapshots are PostgreSQL-only
 * ({@link SchemaSnapshot}, PostgreSQL 12 or later). The version table and its history table are left out of the
 * snapshots. Not thread-safe; a verifier may run {@link #verify()} more than once.
 */
public final class DownVerifier {
    private final MigrationSource source;
    private final String databaseUrl;
    private final DataSource dataSource;
    private final Connector connector;
    private final boolean force;
    private final boolean stopAtIrreversible;
    private final Set<String> ignoredTables;
    private final Consumer<Migrator.Builder> migratorSettings;
    private final Consumer<VersionResult> listener;

    /** Opens JDBC connections to the database being verified. */
    @FunctionalInterface
    public interface Connector {

        /**
         * Opens a new connection.
         *
         * @return a connection to the same database as the URL given to {@link Builder#database(String)}; the
         *         verifier closes it
         * @throws SQLException when the database cannot be reached
         */
        Connection connect() throws SQLException;
    }

    private DownVerifier(Builder b) {
        this.source = b.source;
        this.databaseUrl = b.databaseUrl;
        this.dataSource = b.dataSource;
        this.connector = b.connector != null ? b.connector : b.dataSource::getConnection;
        this.force = b.force;
        this.stopAtIrreversible = b.stopAtIrreversible;
        Set<String> ignored = new HashSet<>(b.ignoredTables);
        ignored.addAll(versionTables(b.databaseUrl == null ? "" : b.databaseUrl));
        this.ignoredTables = Set.copyOf(ignored);
        this.migratorSettings = b.migratorSettings;
        this.listener = b.listener;
    }

    /**
     * Returns a builder; a source and either a database URL with a connector or a data source are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies every version of the source above the database's current version.
     *
     * @return the report; {@link VerifyReport#passed()} tells whether every down migration undid its up migration
     * @throws DownVerifierException        when the database is not empty and {@code force} is off, when it is
     *                                      dirty, or when its catalog cannot be read
     * @throws dev.jmigrate.MigrateException when the source cannot be read (e.g. duplicate versions) or the database
     *                                      cannot be migrated for another reason than a failing migration (connection
     *                                      lost, lock timeout)
     */
    public VerifyReport verify() {
        Migrations migrations = Migrations.load(source);
        List<VersionResult> results = new ArrayList<>();
        try (Connection catalog = connector.connect()) {
            catalog.setAutoCommit(true);
            if (!force) {
                requireEmpty(catalog);
            }
            Migrator.Builder settings = Migrator.builder();
            migratorSettings.accept(settings);
            settings.source(source);
            if (dataSource != null) {
                settings.dataSource(dataSource);
            } else {
                settings.database(databaseUrl);
            }
            try (Migrator migrator = settings.build()) {
                new Walk(migrations, migrator, catalog, results).run();
            }
        } catch (SQLException e) {
            throw new DownVerifierException(ErrorCode.DATABASE, "cannot read the schema of the database being verified: "
                    + e.getMessage(), e);
        }
        return new VerifyReport(source.location(), results);
    }

    /** Refuses a database that holds anything but what a new database holds: the public schema and plpgsql. */
    private void requireEmpty(Connection catalog) throws SQLException {
        SchemaSnapshot snapshot = SchemaSnapshot.capture(catalog, Set.of());
        List<String> objects = snapshot.differencesFrom(new SchemaSnapshot(Map.of())).stream()
                .filter(d -> !(d.objectKind().equals("schema") && d.objectName().equals("public"))
                        && !(d.objectKind().equals("extension") && d.objectName().equals("plpgsql")))
                .map(d -> d.objectKind() + " " + d.objectName()).toList();
        if (!objects.isEmpty()) {
            String shown = objects.stream().limit(5).collect(Collectors.joining(", "))
                    + (objects.size() > 5 ? " and " + (objects.size() - 5) + " more" : "");
            throw new DownVerifierException("refusing to verify on a database that is not empty (it holds " + shown
                    + "): verify applies and reverts every migration, so give it an empty scratch database, or --force"
                    + " to use this one anyway");
        }
    }

    /** One walk through the versions, holding the state between them. */
    private final class Walk {
        private final Migrations migrations;
        private final Migrator migrator;
        private final Connection catalog;
        private final List<VersionResult> results;

        Walk(Migrations migrations, Migrator migrator, Connection catalog, List<VersionResult> results) {
            this.migrations = migrations;
            this.migrator = migrator;
            this.catalog = catalog;
            this.results = results;
        }

        void run() throws SQLException {
            VersionState start = migrator.version();
            if (start.dirty()) {
                throw new DownVerifierException("the database is dirty at version " + start + ": a migration failed"
                        + " there earlier; verify needs a clean database");
            }
            List<Long> versions = migrations.versions().stream()
                    .filter(v -> start.isNone() || Long.compareUnsigned(v, start.version()) > 0).toList();
            SchemaSnapshot before = snapshot();
            Long stoppedAt = null;
            for (long version : versions) {
                if (stoppedAt != null) {
                    add(result(version, Outcome.NOT_CHECKED, List.of(), "verification stopped at version "
                            + Long.toUnsignedString(stoppedAt)));
                    continue;
                }
                Step step = verify(version, before);
                add(step.result());
                before = step.after();
                if (step.result().outcome().isFailure()) {
                    stoppedAt = version;
                }
            }
        }

        private Step verify(long version, SchemaSnapshot before) throws SQLException {
            boolean hasUp = migrations.file(version, Direction.UP).isPresent();
            boolean hasDown = migrations.file(version, Direction.DOWN).isPresent();
            if (!hasUp) {
                migrator.steps(1);
                return new Step(result(version, Outcome.DOWN_ONLY, List.of(), ""), before);
            }
            String failure = step(1);
            if (failure != null) {
                return new Step(result(version, Outcome.UP_FAILED, List.of(), failure), before);
            }
            SchemaSnapshot applied = snapshot();
            if (!hasDown) {
                return new Step(result(version, stopAtIrreversible ? Outcome.IRREVERSIBLE_STOP : Outcome.NOT_REVERSIBLE,
                        List.of(), ""), applied);
            }
            failure = step(-1);
            if (failure != null) {
                return new Step(result(version, Outcome.DOWN_FAILED, List.of(), failure), applied);
            }
            SchemaSnapshot reverted = snapshot();
            List<SchemaDifference> left = reverted.differencesFrom(before);
            if (!left.isEmpty()) {
                return new Step(result(version, Outcome.NOT_REVERTED, left, ""), reverted);
            }
            failure = step(1);
            if (failure != null) {
                return new Step(result(version, Outcome.REAPPLY_FAILED, List.of(), failure), reverted);
            }
            SchemaSnapshot reapplied = snapshot();
            List<SchemaDifference> drift = reapplied.differencesFrom(applied);
            if (!drift.isEmpty()) {
                return new Step(result(version, Outcome.NOT_REPEATABLE, drift, ""), reapplied);
            }
            String note = applied.equals(before) ? "the up migration changes no schema object" : "";
            return new Step(result(version, Outcome.VERIFIED, List.of(), note), reapplied);
        }

        /** Moves one step; returns the failure message of a failing migration, or null. */
        private String step(long n) {
            try {
                migrator.steps(n);
                return null;
            } catch (MigrationFailedException e) {
                return e.getMessage();
            }
        }

        private SchemaSnapshot snapshot() throws SQLException {
            return SchemaSnapshot.capture(catalog, ignoredTables);
        }

        private VersionResult result(long version, Outcome outcome, List<SchemaDifference> differences, String detail) {
            return new VersionResult(version, migrations.title(version), outcome, differences, detail);
        }

        private void add(VersionResult result) {
            results.add(result);
            listener.accept(result);
        }
    }

    /** The result of one version and the schema it left behind. */
    private record Step(VersionResult result, SchemaSnapshot after) {
    }

    /**
     * The version table and its history table named by the URL's {@code x-migrations-table} (last part of a quoted
     * {@code "schema"."table"}), by default {@code schema_migrations} and {@code schema_migrations_history}.
     */
    static Set<String> versionTables(String databaseUrl) {
        String table = "schema_migrations";
        int query = databaseUrl.indexOf('?');
        if (query >= 0) {
            UrlParameters parameters = UrlParameters.parse(databaseUrl.substring(query + 1));
            String configured = parameters.get("x-migrations-table");
            if (configured != null && !configured.isBlank()) {
                table = lastPart(configured.strip());
            }
        }
        return Set.of(table, table + "_history");
    }

    private static String lastPart(String name) {
        if (name.endsWith("\"")) {
            int open = name.lastIndexOf('"', name.length() - 2);
            return open >= 0 ? name.substring(open + 1, name.length() - 1).replace("\"\"", "\"") : name;
        }
        return name;
    }

    /** Settings of a {@link DownVerifier}. */
    public static final class Builder {
        private MigrationSource source;
        private String databaseUrl;
        private DataSource dataSource;
        private Connector connector;
        private boolean force;
        private boolean stopAtIrreversible;
        private Set<String> ignoredTables = Set.of();
        private Consumer<Migrator.Builder> migratorSettings = b -> { };
        private Consumer<VersionResult> listener = r -> { };

        private Builder() {
        }

        /**
         * Sets the migrations folder.
         *
         * @param folder the folder holding the {@code {version}_{title}.up|down.sql} files
         * @return this builder
         */
        public Builder source(Path folder) {
            return source(new DirectorySource(folder));
        }

        /**
         * Sets the migration source.
         *
         * @param source a folder or class-path source
         * @return this builder
         */
        public Builder source(MigrationSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the database to migrate.
         *
         * @param url a URL {@link Migrator} understands, e.g. {@code postgres://user@host:5432/scratch}
         * @return this builder
         * @throws dev.jmigrate.database.DatabaseUrlException when the URL cannot be parsed
         */
        public Builder database(String url) {
            DatabaseUrl.parse(url);
            this.databaseUrl = url;
            this.dataSource = null;
            return this;
        }

        /**
         * Sets the database as a data source, instead of {@link #database(String)}: the migrator takes one
         * connection from it, and unless a {@link #connector(Connector)} is given the snapshots take another. The
         * version table is then {@code schema_migrations} in the connection's current schema.
         *
         * @param dataSource a data source of the scratch database, e.g. an embedded server's
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.databaseUrl = null;
            return this;
        }

        /**
         * Sets how to open JDBC connections to the same database, for the schema snapshots.
         *
         * @param connector opens connections to the database named by {@link #database(String)}
         * @return this builder
         */
        public Builder connector(Connector connector) {
            this.connector = Objects.requireNonNull(connector, "connector");
            return this;
        }

        /**
         * Allows a database that is not empty (default: refused).
         *
         * @param force {@code true} to verify on whatever the database holds, starting at its current version
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Chooses what a version without a down file does (default {@code false}).
         *
         * @param stop {@code true} to fail and stop there ({@link Outcome#IRREVERSIBLE_STOP}); {@code false} to
         *             leave it applied, report it as {@link Outcome#NOT_REVERSIBLE} and go on
         * @return this builder
         */
        public Builder stopAtIrreversible(boolean stop) {
            this.stopAtIrreversible = stop;
            return this;
        }

        /**
         * Leaves more tables out of the snapshots, besides the version and history tables.
         *
         * @param tables unqualified table names, e.g. tables that the application fills at run time
         * @return this builder
         */
        public Builder ignoredTables(Set<String> tables) {
            this.ignoredTables = Set.copyOf(tables);
            return this;
        }

        /**
         * Adjusts the {@link Migrator} used for the steps (lock timeout, migration timeout, listener); the verifier
         * sets the source and the database itself.
         *
         * @param settings called once per {@link DownVerifier#verify()} with a fresh builder
         * @return this builder
         */
        public Builder migrator(Consumer<Migrator.Builder> settings) {
            this.migratorSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Receives each version's result as soon as it is known, for progress output.
         *
         * @param listener called once per version, in order
         * @return this builder
         */
        public Builder listener(Consumer<VersionResult> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return a new verifier
         * @throws IllegalStateException when the source is missing, or neither a data source nor a database URL with
         *                               a connector was given
         */
        public DownVerifier build() {
            if (source == null || (dataSource == null && (databaseUrl == null || connector == null))) {
                throw new IllegalStateException("a source and either a data source or a database URL with a connector"
                        + " are required");
            }
            return new DownVerifier(this);
        }
    }
}
