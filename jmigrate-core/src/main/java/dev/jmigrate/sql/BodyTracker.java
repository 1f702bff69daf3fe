package dev.jmigrate.sql;

import java.util.List;

/**
 * Follows a {@code BEGIN ... END} body whose semicolons do not end the statement (PostgreSQL {@code BEGIN ATOMIC},
 * SQLite trigger bodies): once {@link Opener} reports the opening token, {@code CASE} and {@code END} words are
 * counted in pairs until the {@code END} that closes the body. Optionally, as psql does, semicolons inside
 * parentheses do not end the statement either (PostgreSQL {@code CREATE RULE ... DO (a; b)}).
 */
final class BodyTracker {

    /** Recognizes the token that opens a body. */
    @FunctionalInterface
    interface Opener {
        /**
         * Tells whether {@code current} opens a body.
         *
         * @param previous the statement's code tokens before {@code current}
         * @param current  the code token just read
         * @return {@code true} when {@code current} opens a body
         */
        boolean opens(List<Token> previous, Token current);
    }

    private final Opener opener;
    private final boolean countParentheses;
    private int depth;
    private int parentheses;

    /**
     * @param opener           recognizes the token that opens a body
     * @param countParentheses whether semicolons inside parentheses are part of the statement
     */
    BodyTracker(Opener opener, boolean countParentheses) {
        this.opener = opener;
        this.countParentheses = countParentheses;
    }

    /** Feeds the next code token of the current statement. */
    void accept(List<Token> previous, Token current) {
        if (countParentheses && current.type() == TokenType.PUNCTUATION) {
            if (current.text().equals("(")) {
                parentheses++;
            } else if (current.text().equals(")") && parentheses > 0) {
                parentheses--;
            }
        }
        if (depth > 0) {
            if (current.isWord("CASE")) {
                depth++;
            } else if (current.isWord("END")) {
                depth--;
            }
        } else if (opener.opens(previous, current)) {
            depth = 1;
        }
    }

    /** Tells whether the tokens read so far leave an open body or parenthesis, so a semicolon does not split. */
    boolean inBody() {
        return depth > 0 || parentheses > 0;
    }

    /** Forgets the state at the end of a statement. */
    void reset() {
        depth = 0;
        parentheses = 0;
    }
}
