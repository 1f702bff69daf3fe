package dev.jmigrate.sql;

import java.util.List;
import java.util.Objects;

/**
 * Parses PostgreSQL migration files.
 *
 * <p>Statements end at {@code ;} outside strings, quoted identifiers, dollar quotes, comments (nested block
 * comments included), parentheses (as in psql, for {@code CREATE RULE ... DO (a; b)}) and the
 * {@code BEGIN ATOMIC ... END} body of a {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} (where {@code CASE ... END}
 * pairs are counted). Strings follow {@code standard_conforming_strings = on}. psql
 * meta-commands are not supported: a backslash is an ordinary operator token.
 *
 * <p>The file must run outside a transaction when its first line is the {@link NoTransactionMarker}, when a
 * statement controls transactions ({@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END},
 * {@code ROLLBACK}, {@code ABORT}, {@code PREPARE TRANSACTION}, {@code COMMIT PREPARED}, {@code ROLLBACK PREPARED}),
 * or when a statement cannot run inside a transaction block: {@code CREATE [UNIQUE] INDEX CONCURRENTLY},
 * {@code DROP INDEX CONCURRENTLY}, {@code REINDEX ... CONCURRENTLY} (keyword or option),
 * {@code REINDEX SCHEMA|DATABASE|SYSTEM}, {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}, {@code VACUUM},
 * {@code CREATE|DROP DATABASE}, {@code ALTER DATABASE ... SET TABLESPACE}, {@code CREATE|DROP TABLESPACE},
 * {@code ALTER SYSTEM}, {@code CREATE|DROP SUBSCRIPTION}, {@code ALTER SUBSCRIPTION ... REFRESH PUBLICATION},
 * {@code ALTER SUBSCRIPTION ... SET|ADD|DROP PUBLICATION} unless {@code WITH (refresh = false)},
 * {@code DISCARD ALL}, {@code CLUSTER} without a table, and on servers 11 and older
 * {@code ALTER TYPE ... ADD VALUE}. The first cause in file order is reported.
 */
public final class PostgresScriptParser implements ScriptParser {
    private final PostgresTransactionClassifier classifier;

    /**
     * Creates a parser for a server version.
     *
     * @param serverMajorVersion the server's major version (e.g. 16), or 0 when unknown, which is treated as a
     *                           modern server (12 or later)
     * @throws IllegalArgumentException when {@code serverMajorVersion} is negative
     */
    public PostgresScriptParser(int serverMajorVersion) {
        if (serverMajorVersion < 0) {
            throw new IllegalArgumentException("serverMajorVersion must be 0 (unknown) or positive: "
                    + serverMajorVersion);
        }
        this.classifier = new PostgresTransactionClassifier(serverMajorVersion);
    }

    /** {@inheritDoc} */
    @Override
    public ParsedScript parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        TransactionClassification transaction = new TransactionClassification(sql, classifier);
        List<SqlStatement> statements = StatementBuilder.splitOnSemicolons(sql, new PostgresLexer(sql),
                new BodyTracker(PostgresScriptParser::opensAtomicBody, true), transaction);
        return new ParsedScript(statements, transaction.result());
    }

    /** {@code ATOMIC} right after {@code BEGIN} in a {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} statement. */
    private static boolean opensAtomicBody(List<Token> previous, Token current) {
        if (!current.isWord("ATOMIC") || previous.isEmpty() || !previous.get(previous.size() - 1).isWord("BEGIN")) {
            return false;
        }
        TokenCursor c = new TokenCursor(previous);
        if (!c.words("CREATE")) {
            return false;
        }
        c.optional("OR", "REPLACE");
        return c.anyWord("FUNCTION", "PROCEDURE");
    }
}
