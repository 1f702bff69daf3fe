package dev.jmigrate.cli;

import dev.jmigrate.Migrator;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.engine.EngineSettings;
import dev.jmigrate.go.GoDuration;
import dev.jmigrate.source.Sources;
import java.time.Duration;
import java.util.Map;

/** The global options resolved against the environment and the defaults. */
final class Settings {
    static final String DATABASE_URL = "DATABASE_URL";
    static final String MIGRATION_DIR = "MIGRATION_DIR";
    static final String MIGRATION_TIMEOUT = "MIGRATION_TIMEOUT";
    static final String DEFAULT_MIGRATION_DIR = "./migrations";
    static final long DEFAULT_PREFETCH = Migrator.Builder.DEFAULT_PREFETCH;
    static final long DEFAULT_LOCK_TIMEOUT_SECONDS = 15;
    static final Duration DEFAULT_MIGRATION_TIMEOUT = Duration.ofSeconds(60);
    /** Go lets a {@code uint} of seconds overflow; we stop at a century. */
    private static final Duration LONGEST_LOCK_TIMEOUT = Duration.ofDays(36_500);

    private final GlobalOptions options;
    private final Map<String, String> env;

    Settings(GlobalOptions options, Map<String, String> env) {
        this.options = options;
        this.env = env;
    }

    /** {@code -source}, else {@code file://} + {@code -path}, else {@code $MIGRATION_DIR}, else {@code ./migrations}. */
    String sourceUrl() {
        if (present(options.source)) {
            return options.source;
        }
        return "file://" + migrationDir();
    }

    /** How to name the source on a command line we suggest: as the user gave it, or the variable it came from. */
    String sourceArgument() {
        if (present(options.source)) {
            return "-source " + Shell.quote(options.source);
        }
        if (present(options.path)) {
            return "-path " + (options.path.equals(env.get(MIGRATION_DIR)) ? "\"$" + MIGRATION_DIR + "\"" : Shell.quote(options.path));
        }
        return "-path " + (present(env.get(MIGRATION_DIR)) ? "\"$" + MIGRATION_DIR + "\"" : DEFAULT_MIGRATION_DIR);
    }

    /**
     * The migrations folder as the user named it, for commands that read files directly ({@code lint}, {@code verify}).
     *
     * @throws CliException when the source is not a folder ({@code classpath:})
     */
    String folder() {
        if (!present(options.source)) {
            return migrationDir();
        }
        if (!options.source.startsWith("file:")) {
            throw new CliException("this command reads a folder: give -path DIR (or -source file://DIR), not " + options.source);
        }
        return Sources.filePath(options.source.substring("file:".length()));
    }

    /** {@code -database} only, ignoring {@code $DATABASE_URL}: for commands that must not touch a database by accident. */
    String explicitDatabaseUrl() {
        return options.database;
    }

    /** {@code -database}, else {@code $DATABASE_URL}; null when neither is given. */
    String databaseUrl() {
        return options.database != null ? options.database : env.get(DATABASE_URL);
    }

    /** How to name the database on a command line we suggest; never with its password. */
    String databaseArgument() {
        String url = databaseUrl();
        if (url == null || url.equals(env.get(DATABASE_URL))) {
            return "-database \"$" + DATABASE_URL + "\"";
        }
        return "-database " + Shell.quote(DatabaseUrl.redact(url));
    }

    /** Whether {@link #databaseArgument()} shows a masked password the user must put back. */
    boolean databaseArgumentMasksPassword() {
        String url = databaseUrl();
        if (url == null || url.equals(env.get(DATABASE_URL))) {
            return false;
        }
        return !DatabaseUrl.redact(url).equals(url);
    }

    long prefetch() {
        return options.prefetch != null ? options.prefetch : DEFAULT_PREFETCH;
    }

    Duration lockTimeout() {
        long seconds = options.lockTimeout != null ? options.lockTimeout : DEFAULT_LOCK_TIMEOUT_SECONDS;
        if (seconds < 0 || seconds > LONGEST_LOCK_TIMEOUT.toSeconds()) {
            return LONGEST_LOCK_TIMEOUT;
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * {@code -group-commit}, else the library's default window; zero commits every migration on its own.
     *
     * @throws CliException when it is negative
     */
    Duration groupCommit() {
        Duration window = options.groupCommit;
        if (window == null) {
            return EngineSettings.DEFAULT_GROUP_COMMIT;
        }
        if (window.isNegative()) {
            throw new CliException("-group-commit must not be negative, got " + GoDuration.format(window));
        }
        return window;
    }

    boolean verbose() {
        return Boolean.TRUE.equals(options.verbose);
    }

    /**
     * {@code -migration-timeout}, else {@code $MIGRATION_TIMEOUT}, else 60s; null (no limit) for zero.
     *
     * @throws CliException when {@code MIGRATION_TIMEOUT} is not a Go duration or is negative
     */
    Duration migrationTimeout() {
        Duration timeout = options.migrationTimeout;
        String name = "-migration-timeout";
        if (timeout == null) {
            String value = env.get(MIGRATION_TIMEOUT);
            if (value == null || value.isEmpty()) {
                return DEFAULT_MIGRATION_TIMEOUT;
            }
            name = MIGRATION_TIMEOUT;
            timeout = fromEnvironment(value);
        }
        if (timeout.isNegative()) {
            throw new CliException(name + " must not be negative, got " + GoDuration.format(timeout)
                    + " (0 means no limit)");
        }
        return timeout.isZero() ? null : timeout;
    }

    private static Duration fromEnvironment(String value) {
        try {
            return GoDuration.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CliException("the environment variable " + MIGRATION_TIMEOUT + " is not a duration: " + e.getMessage()
                    + "; write it the way Go does, e.g. 60s, 500ms or 2m30s");
        }
    }

    private String migrationDir() {
        if (present(options.path)) {
            return options.path;
        }
        String dir = env.get(MIGRATION_DIR);
        return present(dir) ? dir : DEFAULT_MIGRATION_DIR;
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
