package dev.jmigrate.sql;

import java.util.List;
import java.util.Set;

/**
 * Finds the PostgreSQL statements that cannot run inside a transaction block or that control transactions, from
 * their keywords.
 */
final class PostgresTransactionClassifier implements StatementClassifier {
    /** The first words of all statements that may matter, to skip the others quickly. */
    private static final Set<String> LEADING_WORDS = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
            "PREPARE", "CREATE", "DROP", "ALTER", "REINDEX", "VACUUM", "DISCARD", "CLUSTER");

    private final int serverMajorVersion;

    /** @param serverMajorVersion the server's major version, 0 when unknown (treated as 12 or later) */
    PostgresTransactionClassifier(int serverMajorVersion) {
        this.serverMajorVersion = serverMajorVersion;
    }

    @Override
    public String reasonFor(SqlStatement statement) {
        if (!LEADING_WORDS.contains(TokenCursor.leadingWord(statement.tokens()))) {
            return null;
        }
        String control = transactionControl(statement.tokens());
        if (control != null) {
            return StatementClassifier.managesOwnTransaction(control, statement.line());
        }
        String blocked = notInTransactionBlock(statement.tokens());
        return blocked != null ? blocked + " cannot run inside a transaction block" : null;
    }

    /** Returns the transaction-control keywords the statement starts with, or null. */
    static String transactionControl(List<Token> tokens) {
        TokenCursor c = new TokenCursor(tokens);
        if (c.words("BEGIN")) {
            return c.words("ATOMIC") ? null : c.matched();
        }
        boolean control = c.words("START", "TRANSACTION")
                || c.words("COMMIT", "PREPARED") || c.words("ROLLBACK", "PREPARED")
                || c.words("PREPARE", "TRANSACTION")
                || c.anyWord("COMMIT", "END", "ROLLBACK", "ABORT");
        return control ? c.matched() : null;
    }

    /** Returns the words naming a statement that cannot run inside a transaction block, or null. */
    String notInTransactionBlock(List<Token> tokens) {
        TokenCursor c = new TokenCursor(tokens);
        if (c.words("CREATE")) {
            return create(c);
        }
        if (c.words("DROP")) {
            return c.words("INDEX", "CONCURRENTLY") || c.anyWord("DATABASE", "TABLESPACE", "SUBSCRIPTION")
                    ? c.matched() : null;
        }
        if (c.words("ALTER")) {
            return alter(c);
        }
        if (c.words("REINDEX")) {
            return reindex(c);
        }
        if (c.words("VACUUM") || c.words("DISCARD", "ALL")) {
            return c.matched();
        }
        if (c.words("CLUSTER")) {
            c.optional("VERBOSE");
            c.skipParenthesized();
            return c.atEnd() ? c.matched() : null;
        }
        return null;
    }

    private static String create(TokenCursor c) {
        c.optional("UNIQUE");
        if (c.words("INDEX", "CONCURRENTLY") || c.anyWord("DATABASE", "TABLESPACE", "SUBSCRIPTION")) {
            return c.matched();
        }
        return null;
    }

    private String alter(TokenCursor c) {
        if (c.words("SYSTEM")) {
            return c.matched();
        }
        if (c.words("TABLE")) {
            c.note("...");
            if (c.find("DETACH", "PARTITION")) {
                c.skipName();
                return c.words("CONCURRENTLY") ? c.matched() : null;
            }
            return null;
        }
        if (c.words("DATABASE")) {
            c.skipName();
            c.note("...");
            return c.words("SET", "TABLESPACE") ? c.matched() : null;
        }
        if (c.words("SUBSCRIPTION")) {
            c.skipName();
            c.note("...");
            return subscription(c);
        }
        if (c.words("TYPE") && serverMajorVersion >= 1 && serverMajorVersion <= 11) {
            c.skipName();
            c.note("...");
            return c.words("ADD", "VALUE") ? c.matched() : null;
        }
        return null;
    }

    /** REFRESH PUBLICATION always; SET/ADD/DROP PUBLICATION unless {@code refresh = false}. */
    private static String subscription(TokenCursor c) {
        if (c.words("REFRESH", "PUBLICATION")) {
            return c.matched();
        }
        for (String verb : new String[] {"SET", "ADD", "DROP"}) {
            if (c.words(verb, "PUBLICATION")) {
                boolean noRefresh = c.find("WITH") && TokenCursor.optionDisabled(c.parenthesized(), "refresh");
                return noRefresh ? null : "ALTER SUBSCRIPTION ... " + verb + " PUBLICATION with refresh";
            }
        }
        return null;
    }

    private static String reindex(TokenCursor c) {
        if (TokenCursor.optionEnabled(c.parenthesized(), "CONCURRENTLY")) {
            c.note("(CONCURRENTLY)");
            return c.anyWord("INDEX", "TABLE", "SCHEMA", "DATABASE", "SYSTEM") ? c.matched() : null;
        }
        if (c.anyWord("SCHEMA", "DATABASE", "SYSTEM")) {
            return c.matched();
        }
        return c.anyWord("INDEX", "TABLE") && c.words("CONCURRENTLY") ? c.matched() : null;
    }
}
