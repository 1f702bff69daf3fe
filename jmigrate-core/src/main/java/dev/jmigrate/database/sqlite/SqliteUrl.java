package dev.jmigrate.database.sqlite;

import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.UrlParameters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * A {@code sqlite3://} or {@code sqlite://} URL read with golang-migrate's DSN rule, translated to sqlite-jdbc.
 *
 * <p>The DSN is the URL without its scheme and {@code //}: {@code sqlite3://./x.db} is {@code ./x.db},
 * {@code sqlite3:///abs.db} is {@code /abs.db}, {@code sqlite3://x.db} is {@code x.db}; relative paths are relative to
 * the working directory; the path is not percent-decoded (mattn/go-sqlite3 does not decode it either). A DSN that
 * starts with {@code file:} is an SQLite URI; {@code :memory:} (or {@code mode=memory}) is an in-memory database.
 *
 * <p>The {@code x-} parameters are golang-migrate's ({@link SqliteOptions}); the others are the drivers':
 * <ul>
 *   <li>mattn/go-sqlite3's {@code _busy_timeout}/{@code _timeout}, {@code _txlock} and the pragma parameters
 *       {@code _foreign_keys}/{@code _fk}, {@code _journal_mode}/{@code _journal}, {@code _locking_mode}/{@code _locking},
 *       {@code _recursive_triggers}/{@code _rt}, {@code _secure_delete}, {@code _synchronous}/{@code _sync},
 *       {@code _case_sensitive_like}/{@code _cslike}, {@code _defer_foreign_keys}/{@code _defer_fk},
 *       {@code _ignore_check_constraints}, {@code _query_only}, {@code _writable_schema}, {@code _cache_size};
 *   <li>modernc's {@code _pragma=name(value)} (repeatable);
 *   <li>SQLite's URI parameters {@code mode}, {@code cache}, {@code immutable}, {@code vfs}, {@code nolock},
 *       {@code psow}, {@code modeof} (the file is then opened as a {@code file:} URI);
 *   <li>sqlite-jdbc's own settings under their names ({@code foreign_keys}, {@code journal_mode}, {@code busy_timeout},
 *       ...: see {@link SQLiteConfig.Pragma});
 *   <li>others ({@code _loc}, {@code _mutex}, {@code _auth*}, {@code _time_format}, unknown keys) are ignored, as the
 *       Go drivers ignore keys they do not know.
 * </ul>
 * Unless the URL says otherwise, writers wait up to 5 s for a busy database ({@code busy_timeout}, mattn's default)
 * and transactions begin {@code IMMEDIATE}, so that a migration takes the write lock when it starts instead of
 * failing halfway when another connection writes.
 *
 * @param dsn the DSN as golang-migrate computes it, without the query
 * @param jdbcUrl the sqlite-jdbc URL
 * @param properties the sqlite-jdbc settings
 * @param pragmas {@code PRAGMA} statements to run right after connecting
 * @param file the database file, absolute; null for an in-memory or temporary database
 * @param sharedMemory for an in-memory database shared between connections of this process ({@code cache=shared}),
 *     its name; else null
 * @param options the {@code x-} parameters
 */
public record SqliteUrl(String dsn, String jdbcUrl, Properties properties, List<String> pragmas, Path file,
                        String sharedMemory, SqliteOptions options) {
    /** The busy timeout when the URL gives none, in milliseconds. */
    public static final int DEFAULT_BUSY_TIMEOUT_MILLIS = 5000;
    private static final Set<String> URI_PARAMETERS = Set.of("mode", "cache", "immutable", "vfs", "nolock", "psow", "modeof");
    private static final Map<String, String> MATTN_PRAGMAS = Map.ofEntries(
            Map.entry("_foreign_keys", "foreign_keys"), Map.entry("_fk", "foreign_keys"),
            Map.entry("_journal_mode", "journal_mode"), Map.entry("_journal", "journal_mode"),
            Map.entry("_locking_mode", "locking_mode"), Map.entry("_locking", "locking_mode"),
            Map.entry("_recursive_triggers", "recursive_triggers"), Map.entry("_rt", "recursive_triggers"),
            Map.entry("_secure_delete", "secure_delete"),
            Map.entry("_synchronous", "synchronous"), Map.entry("_sync", "synchronous"),
            Map.entry("_case_sensitive_like", "case_sensitive_like"), Map.entry("_cslike", "case_sensitive_like"),
            Map.entry("_defer_foreign_keys", "defer_foreign_keys"), Map.entry("_defer_fk", "defer_foreign_keys"),
            Map.entry("_ignore_check_constraints", "ignore_check_constraints"),
            Map.entry("_query_only", "query_only"), Map.entry("_writable_schema", "writable_schema"),
            Map.entry("_cache_size", "cache_size"));
    private static final Set<String> BOOLEAN_PRAGMAS = Set.of("foreign_keys", "recursive_triggers", "case_sensitive_like",
            "defer_foreign_keys", "ignore_check_constraints", "query_only", "writable_schema");
    private static final Set<String> JDBC_SETTINGS = Arrays.stream(SQLiteConfig.Pragma.values())
            .map(SQLiteConfig.Pragma::getPragmaName).collect(Collectors.toUnmodifiableSet());
    private static final Pattern PRAGMA_VALUE = Pattern.compile("[A-Za-z0-9_+-]+");
    private static final Pattern MODERNC_PRAGMA = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(\\s*([A-Za-z0-9_+-]+)\\s*\\)|=\\s*([A-Za-z0-9_+-]+))?");

    public SqliteUrl {
        pragmas = List.copyOf(pragmas);
    }

    /**
     * Parses and translates a URL.
     *
     * @throws DatabaseUrlException when its form or a parameter is wrong
     */
    public static SqliteUrl parse(DatabaseUrl url) {
        String raw = url.raw();
        String rest = raw.substring(raw.indexOf(':') + 1);
        if (!rest.startsWith("//")) {
            throw new DatabaseUrlException("database URL " + url + " must start with " + url.scheme()
                    + "://, e.g. " + url.scheme() + "://./app.db or " + url.scheme() + ":///var/lib/app.db");
        }
        rest = rest.substring(2);
        int q = rest.indexOf('?');
        String dsn = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? null : rest.substring(q + 1);
        UrlParameters params = UrlParameters.parse(query);
        return new Builder(dsn, params, moderncPragmas(query)).build();
    }

    /** Every {@code _pragma} value in URL order: modernc allows it more than once. */
    private static List<String> moderncPragmas(String query) {
        List<String> values = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("_pragma=")) {
                    values.add(UrlParameters.decode(pair.substring("_pragma=".length())));
                }
            }
        }
        return values;
    }

    /** Whether the database lives in memory (no file to lock). */
    public boolean inMemory() {
        return file == null;
    }

    /** Collects the pieces of the translation. */
    private static final class Builder {
        private final String dsn;
        private final UrlParameters params;
        private final List<String> modernc;
        private final Properties props = new Properties();
        private final List<String> pragmas = new ArrayList<>();
        private final List<String> uriParams = new ArrayList<>();

        Builder(String dsn, UrlParameters params, List<String> modernc) {
            this.dsn = dsn;
            this.params = params;
            this.modernc = modernc;
        }

        SqliteUrl build() {
            SqliteOptions options = SqliteOptions.from(params);
            props.setProperty("busy_timeout", String.valueOf(DEFAULT_BUSY_TIMEOUT_MILLIS));
            props.setProperty("transaction_mode", "IMMEDIATE");
            params.asMap().forEach(this::parameter);
            for (String p : modernc) {
                pragmas.add(moderncPragma(p));
            }
            boolean uri = dsn.startsWith("file:") || !uriParams.isEmpty();
            String path = dsn.startsWith("file:") ? uriPath(dsn) : dsn;
            boolean memory = path.equals(":memory:") || path.isEmpty() || "memory".equals(params.get("mode"));
            String jdbcUrl = "jdbc:sqlite:" + (uri ? uri() : dsn);
            boolean shared = "shared".equals(params.get("cache"));
            Path file = memory ? null : Path.of(path).toAbsolutePath().normalize();
            return new SqliteUrl(dsn, jdbcUrl, props, pragmas, file, memory && shared ? dsn : null, options);
        }

        private String uri() {
            String base = dsn.startsWith("file:") ? dsn : "file:" + escapeUriPath(dsn);
            return uriParams.isEmpty() ? base : base + "?" + String.join("&", uriParams);
        }

        private void parameter(String key, String value) {
            if (key.startsWith("x-") || key.equals("_pragma")) {
                return;
            }
            if (URI_PARAMETERS.contains(key)) {
                uriParams.add(key + "=" + escapeUriPath(value));
            } else if (key.equals("_busy_timeout") || key.equals("_timeout")) {
                props.setProperty("busy_timeout", String.valueOf(params.integer(key, DEFAULT_BUSY_TIMEOUT_MILLIS)));
            } else if (key.equals("_txlock")) {
                props.setProperty("transaction_mode", txlock(value));
            } else if (MATTN_PRAGMAS.containsKey(key)) {
                String pragma = MATTN_PRAGMAS.get(key);
                String v = BOOLEAN_PRAGMAS.contains(pragma) ? mattnBool(key, value) : pragmaValue(key, value);
                pragmas.add("PRAGMA " + pragma + " = " + v);
            } else if (JDBC_SETTINGS.contains(key)) {
                props.setProperty(key, value);
            }
        }

        /** mattn/go-sqlite3's booleans: {@code 1 yes true on} and {@code 0 no false off}, in any case. */
        private static String mattnBool(String key, String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "1": case "yes": case "true": case "on":
                    return "1";
                case "0": case "no": case "false": case "off":
                    return "0";
                default:
                    throw new DatabaseUrlException("invalid " + key + ": '" + value + "'; use 1/0, true/false, yes/no or on/off");
            }
        }

        private static String txlock(String value) {
            String mode = value.toUpperCase(Locale.ROOT);
            if (!Set.of("DEFERRED", "IMMEDIATE", "EXCLUSIVE").contains(mode)) {
                throw new DatabaseUrlException("invalid _txlock: " + value + "; use deferred, immediate or exclusive");
            }
            return mode;
        }

        private static String pragmaValue(String key, String value) {
            if (!PRAGMA_VALUE.matcher(value).matches()) {
                throw new DatabaseUrlException("invalid " + key + ": '" + value + "'; the value must be a word or a number");
            }
            return value;
        }

        private static String moderncPragma(String value) {
            java.util.regex.Matcher m = MODERNC_PRAGMA.matcher(value.trim());
            if (!m.matches()) {
                throw new DatabaseUrlException("invalid _pragma: '" + value + "'; write it as _pragma=name(value),"
                        + " e.g. _pragma=foreign_keys(1)");
            }
            String v = m.group(2) != null ? m.group(2) : m.group(3);
            return "PRAGMA " + m.group(1) + (v == null ? "" : " = " + v);
        }
    }

    /** The file path of a {@code file:} URI without its query: authority ({@code //localhost}) dropped, escapes decoded. */
    private static String uriPath(String uri) {
        String path = uri.substring("file:".length());
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            path = slash < 0 ? "" : path.substring(slash);
        }
        return UrlParameters.decode(path.replace("+", "%2B"));
    }

    private static String escapeUriPath(String path) {
        return path.replace("%", "%25").replace("#", "%23").replace("?", "%3F").replace(" ", "%20");
    }
}
