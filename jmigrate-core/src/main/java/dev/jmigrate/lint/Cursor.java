package dev.jmigrate.lint;

import dev.jmigrate.sql.Token;
import java.util.List;

/**
 * A cursor over code tokens for keyword matching. Matching methods advance only on success.
 */
final class Cursor {
    private final List<Token> tokens;
    private int index;

    /** @param tokens the tokens to walk, without comments */
    Cursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Matches the given consecutive keywords, all or nothing. */
    boolean words(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (index + i >= tokens.size() || !tokens.get(index + i).isWord(keywords[i])) {
                return false;
            }
        }
        index += keywords.length;
        return true;
    }

    /** Matches one of the given single keywords. */
    boolean anyWord(String... keywords) {
        for (String keyword : keywords) {
            if (words(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Skips the consecutive keywords when present. */
    void optional(String... keywords) {
        words(keywords);
    }

    /** The token at the cursor, or null at the end. */
    Token peek() {
        return index < tokens.size() ? tokens.get(index) : null;
    }

    /** The token {@code ahead} places after the cursor, or null past the end. */
    Token peek(int ahead) {
        return index + ahead < tokens.size() ? tokens.get(index + ahead) : null;
    }

    /** Skips one token; nothing at the end. */
    void skip() {
        if (index < tokens.size()) {
            index++;
        }
    }

    /** Tells whether every token was consumed. */
    boolean atEnd() {
        return index >= tokens.size();
    }

    /**
     * Reads a possibly qualified name ({@code a}, {@code s.a}, {@code "S"."a"}) and returns the token of its last
     * part, or null (not advancing) when the cursor is not at an identifier.
     */
    Token name() {
        if (!Tokens.isIdentifier(peek())) {
            return null;
        }
        Token last = tokens.get(index++);
        while (Tokens.isPunctuation(peek(), ".") && Tokens.isIdentifier(peek(1))) {
            index++;
            last = tokens.get(index++);
        }
        return last;
    }

    /**
     * Returns the tokens inside the parenthesized group at the cursor, without the parentheses, and moves past the
     * group; returns null (not advancing) when the cursor is not at {@code (}. An unclosed group runs to the end.
     */
    List<Token> group() {
        if (!Tokens.isPunctuation(peek(), "(")) {
            return null;
        }
        int close = Tokens.closingParenthesis(tokens, index);
        List<Token> inside = tokens.subList(index + 1, Math.min(close, tokens.size()));
        index = Math.min(close + 1, tokens.size());
        return inside;
    }

    /** The tokens from the cursor to the end. */
    List<Token> rest() {
        return tokens.subList(Math.min(index, tokens.size()), tokens.size());
    }
}
