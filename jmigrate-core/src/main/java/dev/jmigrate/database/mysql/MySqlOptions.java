package dev.jmigrate.database.mysql;

import dev.jmigrate.database.UrlParameters;

/**
 * golang-migrate's {@code x-} parameters of the MySQL driver that are not about TLS.
 *
 * @param table the version table ({@code x-migrations-table}, default {@code schema_migrations}); one identifier,
 *     a dot included
 * @param noLock {@code x-no-lock}: take no lock at all (for servers where {@code GET_LOCK} is not allowed)
 * @param statementTimeoutMillis {@code x-statement-timeout}: how long each migration statement may run, 0 for no limit
 */
public record MySqlOptions(String table, boolean noLock, long statementTimeoutMillis) {
    /** golang-migrate's default version table. */
    public static final String DEFAULT_TABLE = "schema_migrations";

    /** The options of a driver attached to a connection the caller opened. */
    public static MySqlOptions defaults() {
        return new MySqlOptions(DEFAULT_TABLE, false, 0);
    }

    static MySqlOptions from(UrlParameters params) {
        String table = params.get("x-migrations-table");
        return new MySqlOptions(table == null || table.isEmpty() ? DEFAULT_TABLE : table,
                params.bool("x-no-lock", false), Math.max(0, params.integer("x-statement-timeout", 0)));
    }

    /** jmigrate's history table beside the version table. */
    public String historyTable() {
        return table + "_history";
    }
}
