package dev.jmigrate.database.postgres;

import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.UrlParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golang-migrate's {@code x-} parameters of the PostgreSQL driver, with the same meaning and error texts.
 *
 * @param schema the schema of the version table when given quoted, else null (the session's current schema)
 * @param table the version table name
 * @param statementTimeoutMillis how long each migration statement may run before it is cancelled, 0 for none
 * @param multiStatement whether {@code x-multi-statement} was set
 * @param multiStatementMaxSize the longest statement allowed in multi-statement mode, in bytes
 */
record PostgresOptions(String schema, String table, long statementTimeoutMillis, boolean multiStatement,
                       long multiStatementMaxSize) {
    static final String DEFAULT_TABLE = "schema_migrations";
    static final long DEFAULT_MAX_SIZE = 10L * 1024 * 1024;
    private static final Pattern QUOTED = Pattern.compile("\"(.*?)\"");

    static PostgresOptions from(UrlParameters params) {
        String table = params.get("x-migrations-table");
        boolean quoted = params.bool("x-migrations-table-quoted", false);
        long timeout = params.integer("x-statement-timeout", 0);
        boolean multi = params.bool("x-multi-statement", false);
        long maxSize = params.integer("x-multi-statement-max-size", DEFAULT_MAX_SIZE);
        if (maxSize <= 0) {
            maxSize = DEFAULT_MAX_SIZE;
        }
        if (table == null || table.isEmpty()) {
            return new PostgresOptions(null, DEFAULT_TABLE, timeout, multi, maxSize);
        }
        if (!quoted) {
            return new PostgresOptions(null, table, timeout, multi, maxSize);
        }
        List<String> parts = quotedParts(table);
        String schema = parts.size() == 2 ? parts.get(0) : null;
        return new PostgresOptions(schema, parts.get(parts.size() - 1), timeout, multi, maxSize);
    }

    private static List<String> quotedParts(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw new DatabaseUrlException("x-migrations-table must be quoted (for instance '\"migrate\".\"schema_migrations\"')"
                    + " when x-migrations-table-quoted is enabled, current value is: " + value);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = QUOTED.matcher(value);
        while (m.find()) {
            parts.add(m.group(1));
        }
        if (parts.size() > 2) {
            throw new DatabaseUrlException("\"" + value + "\" MigrationsTable contains too many dot characters");
        }
        return parts;
    }
}
