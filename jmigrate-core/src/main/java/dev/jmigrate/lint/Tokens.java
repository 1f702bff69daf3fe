package dev.jmigrate.lint;

import dev.jmigrate.sql.Token;
import dev.jmigrate.sql.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Small token-matching functions shared by the rules. */
final class Tokens {
    private Tokens() {
    }

    /** Tells whether {@code t} is the punctuation {@code text}; false for null. */
    static boolean isPunctuation(Token t, String text) {
        return t != null && t.type() == TokenType.PUNCTUATION && t.text().equals(text);
    }

    /** Tells whether {@code t} can be an identifier: a word or a quoted identifier; false for null. */
    static boolean isIdentifier(Token t) {
        return t != null && (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER);
    }

    /** Tells whether {@code t} is one of the keywords; false for null. */
    static boolean isAnyWord(Token t, String... keywords) {
        if (t == null) {
            return false;
        }
        for (String keyword : keywords) {
            if (t.isWord(keyword)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the index of the {@code )} closing the {@code (} at {@code open}, counting nested parentheses and
     * brackets as one depth; {@code tokens.size()} when it is not closed.
     */
    static int closingParenthesis(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isPunctuation(t, "(") || isPunctuation(t, "[")) {
                depth++;
            } else if (isPunctuation(t, ")") || isPunctuation(t, "]")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    /** Splits tokens at the commas outside parentheses and brackets; empty pieces are dropped. */
    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isPunctuation(t, "(") || isPunctuation(t, "[")) {
                depth++;
            } else if (isPunctuation(t, ")") || isPunctuation(t, "]")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && isPunctuation(t, ",")) {
                if (i > start) {
                    pieces.add(tokens.subList(start, i));
                }
                start = i + 1;
            }
        }
        if (tokens.size() > start) {
            pieces.add(tokens.subList(start, tokens.size()));
        }
        return pieces;
    }

    /**
     * Returns the index of the first word among {@code keywords} outside parentheses at or after {@code from}, or
     * -1.
     */
    static int indexOfTopLevelWord(List<Token> tokens, int from, String... keywords) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isPunctuation(t, "(") || isPunctuation(t, "[")) {
                depth++;
            } else if (isPunctuation(t, ")") || isPunctuation(t, "]")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && i >= from && isAnyWord(t, keywords)) {
                return i;
            }
        }
        return -1;
    }

    /** Tells whether the consecutive keywords occur anywhere in the tokens. */
    static boolean containsSequence(List<Token> tokens, String... keywords) {
        return indexOfSequence(tokens, 0, keywords) >= 0;
    }

    /** Returns the index where the consecutive keywords occur first at or after {@code from}, or -1. */
    static int indexOfSequence(List<Token> tokens, int from, String... keywords) {
        outer:
        for (int i = Math.max(0, from); i + keywords.length <= tokens.size(); i++) {
            for (int k = 0; k < keywords.length; k++) {
                if (!tokens.get(i + k).isWord(keywords[k])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Returns the identifier names of a parenthesized column list's items, e.g. {@code (a, "B")} -> a, B. */
    static List<String> columnNames(List<Token> inside) {
        List<String> names = new ArrayList<>();
        for (List<Token> item : splitTopLevel(inside)) {
            names.add(isIdentifier(item.get(0)) ? item.get(0).identifier() : null);
        }
        return names;
    }
}
