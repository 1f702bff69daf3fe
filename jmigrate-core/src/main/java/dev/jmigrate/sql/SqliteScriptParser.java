package dev.jmigrate.sql;

import java.util.List;
import java.util.Objects;

/**
 * Parses SQLite migration files.
 *
 * <p>Statements end at {@code ;} outside strings, quoted identifiers ({@code "..."}, {@code `...`},
 * {@code [...]}), comments ({@code --} and non-nested block comments) and the {@code BEGIN ... END} body of a
 * {@code CREATE [TEMP|TEMPORARY] TRIGGER} (where {@code CASE ... END} pairs are counted).
 *
 * <p>The file must run outside a transaction when its first line is the {@link NoTransactionMarker}, when a
 * statement controls transactions ({@code BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION]}, {@code COMMIT},
 * {@code END [TRANSACTION]}, {@code ROLLBACK}), or for {@code VACUUM}, {@code PRAGMA foreign_keys} and
 * {@code PRAGMA journal_mode}, which have no effect inside a transaction. The first cause in file order is
 * reported.
 */
public final class SqliteScriptParser implements ScriptParser {

    /** Creates a parser. */
    public SqliteScriptParser() {
        // stateless
    }

    /** {@inheritDoc} */
    @Override
    public ParsedScript parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        TransactionClassification transaction = new TransactionClassification(sql, new SqliteTransactionClassifier());
        List<SqlStatement> statements = StatementBuilder.splitOnSemicolons(sql, new SqliteLexer(sql),
                new BodyTracker(SqliteScriptParser::opensTriggerBody, false), transaction);
        return new ParsedScript(statements, transaction.result());
    }

    /** {@code BEGIN} in a {@code CREATE [TEMP|TEMPORARY] TRIGGER} statement. */
    private static boolean opensTriggerBody(List<Token> previous, Token current) {
        if (!current.isWord("BEGIN")) {
            return false;
        }
        TokenCursor c = new TokenCursor(previous);
        if (!c.words("CREATE")) {
            return false;
        }
        c.anyWord("TEMP", "TEMPORARY");
        return c.words("TRIGGER");
    }
}
