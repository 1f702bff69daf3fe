package dev.jmigrate.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the MySQL statements that keep a file out of a transaction: transaction control, and everything but DML and
 * {@code SET}, since MySQL commits it implicitly.
 * The content of executable comments counts as code.
 */
final class MySqlTransactionClassifier implements StatementClassifier {
    private static final Set<String> SAFE = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT", "WITH", "SET");
    private static final String[] DDL_VERBS = {"CREATE", "ALTER", "DROP", "RENAME"};
    private static final String[] OBJECT_TYPES = {
        "TABLE", "VIEW", "INDEX", "DATABASE", "SCHEMA", "USER", "ROLE", "SERVER", "TABLESPACE", "LOGFILE",
        "SEQUENCE", "PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"
    };

    @Override
    public String reasonFor(SqlStatement statement) {
        List<Token> tokens = codeTokens(statement.tokens());
        String control = transactionControl(tokens);
        if (control != null) {
            return StatementClassifier.managesOwnTransaction(control, statement.line());
        }
        String committed = implicitlyCommitted(tokens);
        return committed != null ? "MySQL commits " + committed + " implicitly" : null;
    }

    /** Returns the tokens with executable comments replaced by the tokens of their content. */
    static List<Token> codeTokens(List<Token> tokens) {
        if (tokens.stream().noneMatch(MySqlLexer::isExecutableComment)) {
            return tokens;
        }
        List<Token> expanded = new ArrayList<>();
        for (Token t : tokens) {
            if (!MySqlLexer.isExecutableComment(t)) {
                expanded.add(t);
                continue;
            }
            MySqlLexer inner = new MySqlLexer(MySqlLexer.executableContent(t));
            inner.statementMayStart(false);
            for (Token u = inner.next(); u != null; u = inner.next()) {
                if (!u.isComment()) {
                    expanded.add(u);
                }
            }
        }
        return expanded;
    }

    /** Returns the transaction-control keywords the statement starts with, or null. */
    static String transactionControl(List<Token> tokens) {
        TokenCursor c = new TokenCursor(tokens);
        if (c.words("BEGIN")) {
            return c.words("NOT", "ATOMIC") ? null : c.matched();
        }
        if (c.words("START", "TRANSACTION") || c.anyWord("COMMIT", "ROLLBACK", "XA")) {
            return c.matched();
        }
        if (c.anyWord("LOCK", "UNLOCK")) {
            return c.anyWord("TABLES", "TABLE") ? c.matched() : null;
        }
        if (c.words("SET")) {
            c.anyWord("GLOBAL", "SESSION", "LOCAL");
            if (c.words("TRANSACTION")) {
                return "SET TRANSACTION";
            }
            return setsAutocommit(tokens) ? "SET AUTOCOMMIT" : null;
        }
        return null;
    }

    /** A word {@code autocommit} that is not a user variable ({@code @autocommit}). */
    private static boolean setsAutocommit(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("autocommit") && !tokens.get(i - 1).text().equals("@")) {
                return true;
            }
        }
        return false;
    }

    /** Returns the words naming a statement MySQL commits implicitly, or null for DML and SET. */
    private static String implicitlyCommitted(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).text().equals("(")) {
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        if (SAFE.contains(TokenCursor.leadingWord(tokens.subList(i, tokens.size())))) {
            return null;
        }
        String verb = first.text().toUpperCase(Locale.ROOT);
        if (first.type() != TokenType.WORD || !isOneOf(first, DDL_VERBS)) {
            return verb;
        }
        for (Token t : tokens.subList(i + 1, tokens.size())) {
            if (isOneOf(t, OBJECT_TYPES)) {
                return verb + " " + t.text().toUpperCase(Locale.ROOT);
            }
        }
        return verb;
    }

    private static boolean isOneOf(Token t, String[] keywords) {
        for (String keyword : keywords) {
            if (t.isWord(keyword)) {
                return true;
            }
        }
        return false;
    }
}
