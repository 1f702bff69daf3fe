package dev.jmigrate.sql;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A cursor over a statement's code tokens for keyword matching in the transaction classifiers. Matching methods
 * advance only on success; keywords that matched are remembered for messages, so pass them in upper case.
 */
final class TokenCursor {
    private final List<Token> tokens;
    private final StringJoiner matched = new StringJoiner(" ");
    private int index;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Matches the given consecutive keywords, all or nothing. */
    boolean words(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!isWord(index + i, keywords[i])) {
                return false;
            }
        }
        for (String keyword : keywords) {
            matched.add(keyword);
        }
        index += keywords.length;
        return true;
    }

    /** Matches one of the given keywords. */
    boolean anyWord(String... keywords) {
        for (String keyword : keywords) {
            if (words(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** Skips one keyword if present. */
    void optional(String... keywords) {
        words(keywords);
    }

    /** Adds text to the message without matching, e.g. {@code "..."} for a skipped name. */
    void note(String text) {
        matched.add(text);
    }

    /** Skips a parenthesized list with nested parentheses if the cursor is at {@code (}. */
    void skipParenthesized() {
        if (!isPunctuation(index, "(")) {
            return;
        }
        int depth = 0;
        do {
            if (isPunctuation(index, "(")) {
                depth++;
            } else if (isPunctuation(index, ")")) {
                depth--;
            }
            index++;
        } while (depth > 0 && index < tokens.size());
    }

    /** Returns the tokens of the parenthesized list at the cursor, without the parentheses; empty when none. */
    List<Token> parenthesized() {
        int start = index;
        skipParenthesized();
        return index - start >= 2 ? tokens.subList(start + 1, index - 1) : List.of();
    }

    /** Skips a possibly qualified name: identifiers separated by dots. */
    void skipName() {
        while (index < tokens.size()) {
            TokenType type = tokens.get(index).type();
            if (type != TokenType.WORD && type != TokenType.QUOTED_IDENTIFIER) {
                return;
            }
            index++;
            if (!isPunctuation(index, ".")) {
                return;
            }
            index++;
        }
    }

    /** Moves just past the first occurrence of the consecutive keywords from the cursor on. */
    boolean find(String... keywords) {
        for (int start = index; start < tokens.size(); start++) {
            index = start;
            if (words(keywords)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether all tokens were consumed. */
    boolean atEnd() {
        return index >= tokens.size();
    }

    /** Returns the matched keywords (and notes) space-joined. */
    String matched() {
        return matched.toString();
    }

    /**
     * Returns the first token upper-cased when it is a {@link TokenType#WORD}, else the empty string; cheap for
     * words already in upper case.
     */
    static String leadingWord(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.get(0).type() != TokenType.WORD) {
            return "";
        }
        return tokens.get(0).text().toUpperCase(Locale.ROOT);
    }

    private boolean isWord(int i, String keyword) {
        return i < tokens.size() && tokens.get(i).isWord(keyword);
    }

    private boolean isPunctuation(int i, String text) {
        return i < tokens.size() && tokens.get(i).type() == TokenType.PUNCTUATION
                && tokens.get(i).text().equals(text);
    }

    /**
     * Tells whether an option list switches {@code option} on: it is present and not followed by {@code false},
     * {@code off} or {@code 0} (optionally after {@code =}).
     */
    static boolean optionEnabled(List<Token> options, String option) {
        int value = optionValue(options, option);
        return value >= 0 && (value >= options.size() || !isFalse(options.get(value)));
    }

    /** Tells whether an option list switches {@code option} off with {@code false}, {@code off} or {@code 0}. */
    static boolean optionDisabled(List<Token> options, String option) {
        int value = optionValue(options, option);
        return value >= 0 && value < options.size() && isFalse(options.get(value));
    }

    /** Returns the index of the option's value (possibly past the end), or -1 when the option is absent. */
    private static int optionValue(List<Token> options, String option) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).isWord(option)) {
                boolean equals = i + 1 < options.size() && options.get(i + 1).text().equals("=");
                return equals ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    private static boolean isFalse(Token t) {
        return t.isWord("false") || t.isWord("off") || (t.type() == TokenType.NUMBER && t.text().equals("0"))
                || (t.type() == TokenType.STRING && (t.text().equalsIgnoreCase("'false'")
                || t.text().equalsIgnoreCase("'off'")));
    }
}
