package dev.jmigrate.database.sqlite;

import dev.jmigrate.database.UrlParameters;

/**
 * golang-migrate's {@code x-} parameters of the SQLite drivers.
 *
 * @param table {@code x-migrations-table} (default {@code schema_migrations}), inserted into SQL unquoted as
 *     golang-migrate does (so {@code main.versions} names table {@code versions} of schema {@code main})
 * @param noTxWrap {@code x-no-tx-wrap}: run files as written, not wrapped in a transaction
 */
public record SqliteOptions(String table, boolean noTxWrap) {
    /** golang-migrate's default version table. */
    public static final String DEFAULT_TABLE = "schema_migrations";

    /** The options of a driver attached to a connection the caller opened. */
    public static SqliteOptions defaults() {
        return new SqliteOptions(DEFAULT_TABLE, false);
    }

    static SqliteOptions from(UrlParameters params) {
        String table = params.get("x-migrations-table");
        return new SqliteOptions(table == null || table.isEmpty() ? DEFAULT_TABLE : table, params.bool("x-no-tx-wrap", false));
    }

    /** jmigrate's history table beside the version table (same schema, if the table name has one). */
    public String historyTable() {
        return table + "_history";
    }
}
