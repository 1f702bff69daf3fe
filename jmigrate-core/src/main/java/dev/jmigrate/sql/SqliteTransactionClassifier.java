package dev.jmigrate.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the SQLite statements that keep a file out of a transaction: transaction control ({@code BEGIN},
 * {@code COMMIT}, {@code END}, {@code ROLLBACK}), {@code VACUUM}, or {@code PRAGMA foreign_keys} /
 * {@code PRAGMA journal_mode}. {@code SAVEPOINT} and {@code RELEASE} are fine.
 */
final class SqliteTransactionClassifier implements StatementClassifier {
    /** The first words of all statements that may matter, to skip the others quickly. */
    private static final Set<String> LEADING_WORDS = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "VACUUM",
            "PRAGMA");

    @Override
    public String reasonFor(SqlStatement statement) {
        if (!LEADING_WORDS.contains(TokenCursor.leadingWord(statement.tokens()))) {
            return null;
        }
        TokenCursor c = new TokenCursor(statement.tokens());
        if (c.anyWord("BEGIN", "COMMIT", "END", "ROLLBACK")) {
            return StatementClassifier.managesOwnTransaction(c.matched(), statement.line());
        }
        if (c.words("VACUUM")) {
            return "VACUUM cannot run inside a transaction";
        }
        String pragma = pragmaName(statement.tokens());
        if (pragma.equals("foreign_keys") || pragma.equals("journal_mode")) {
            return "PRAGMA " + pragma + " has no effect inside a transaction";
        }
        return null;
    }

    /** The pragma's name, lower-cased, after an optional {@code schema.} prefix; empty when missing. */
    private static String pragmaName(List<Token> tokens) {
        int i = tokens.size() > 3 && tokens.get(2).text().equals(".") ? 3 : 1;
        if (i >= tokens.size()) {
            return "";
        }
        Token name = tokens.get(i);
        boolean identifier = name.type() == TokenType.WORD || name.type() == TokenType.QUOTED_IDENTIFIER;
        return identifier ? name.identifier().toLowerCase(Locale.ROOT) : "";
    }
}
