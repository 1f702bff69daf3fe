package dev.jmigrate.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared part of the hand-written dialect lexers: a cursor over the source, scanning helpers and token
 * creation with positions.
 *
 * <p>Lexers are lenient: every character outside whitespace ends up in exactly one token, nothing throws, and a
 * construct missing its closing delimiter extends to the end of the source with {@link Token#unterminated()} set.
 * A lexer is single-use and not thread-safe.
 */
abstract class Lexer {
    /** The source text. */
    final String src;
    /** The source length. */
    final int length;
    /** The index of the next character to read. */
    int pos;
    /** Set by the scanning helpers when the current token lacks its closing delimiter. */
    boolean unterminated;
    private final PositionTracker tracker;

    private static final boolean[] IDENTIFIER_PART = new boolean[0x80];
    /** Shared texts of one-character ASCII tokens, which are frequent (punctuation). */
    private static final String[] ONE_CHAR = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            IDENTIFIER_PART[c] = isAsciiLetter(c) || isDigit(c) || c == '_' || c == '$';
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    Lexer(String src) {
        this.src = src;
        this.length = src.length();
        this.tracker = PositionTracker.forFile(src);
    }

    /**
     * Returns the next token, comments included.
     *
     * @return the token, or {@code null} at the end of the source
     */
    Token next() {
        skipWhitespace();
        if (pos >= length) {
            return null;
        }
        int start = pos;
        unterminated = false;
        TokenType type = scan();
        pos = Math.min(Math.max(pos, start + 1), length); // defensive: always progress, never overrun
        return token(type, start, pos);
    }

    /**
     * Scans one token starting at {@link #pos}, which is not whitespace, and leaves {@link #pos} past it.
     *
     * @return the token's type
     */
    abstract TokenType scan();

    /** Returns all remaining tokens, comments included. */
    final List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        for (Token t = next(); t != null; t = next()) {
            tokens.add(t);
        }
        return tokens;
    }

    /** Creates the token spanning {@code [start, end)}; tokens must be created in source order. */
    final Token token(TokenType type, int start, int end) {
        tracker.advanceTo(start);
        char first = src.charAt(start);
        String text = end - start == 1 && first < 0x80 ? ONE_CHAR[first] : src.substring(start, end);
        return new Token(type, text, start, tracker.line(), tracker.column(), unterminated);
    }

    /** Skips spaces, tabs, line breaks, form and vertical feeds, and a byte order mark at offset 0. */
    final void skipWhitespace() {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
                    || (pos == 0 && c == '\uFEFF')) {
                pos++;
            } else {
                return;
            }
        }
    }

    /** Tells whether the character at {@code i} exists and equals {@code c}. */
    final boolean at(int i, char c) {
        return i < length && src.charAt(i) == c;
    }

    /** Tells whether the character at {@code i} exists and is an ASCII digit. */
    final boolean digitAt(int i) {
        return i < length && isDigit(src.charAt(i));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Tells whether {@code c} may start an unquoted identifier: a letter, {@code _} or any non-ASCII character. */
    boolean isIdentifierStart(char c) {
        return c >= 0x80 || (IDENTIFIER_PART[c] && c != '$' && !isDigit(c));
    }

    /**
     * Tells whether {@code c} may continue an unquoted identifier: a letter, {@code _}, a non-ASCII character, a
     * digit or {@code $}.
     */
    static boolean isIdentifierPart(char c) {
        return c >= 0x80 || IDENTIFIER_PART[c];
    }

    /** Tells whether a token must end before index {@code i} although its characters would continue it. */
    boolean breaksTokenAt(int i) {
        return false;
    }

    /** Scans identifier characters from {@link #pos}. */
    final void scanIdentifierPart() {
        while (pos < length && isIdentifierPart(src.charAt(pos)) && !breaksTokenAt(pos)) {
            pos++;
        }
    }

    /**
     * Scans a line comment from {@link #pos} up to, not including, the next line break; trailing blanks are left
     * out too, so that a statement ending in a comment has no trailing whitespace.
     */
    final void scanLineComment() {
        int end = pos + 1;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                break;
            }
            pos++;
            if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
                end = pos;
            }
        }
        pos = end;
    }

    /** Scans a block comment starting with {@code /*} at {@link #pos}, nested or not. */
    final void scanBlockComment(boolean nested) {
        pos += 2;
        if (!nested) {
            int close = src.indexOf("*/", pos);
            finishAt(close, 2);
            return;
        }
        int depth = 1;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '*' && at(pos + 1, '/')) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else if (c == '/' && at(pos + 1, '*')) {
                pos += 2;
                depth++;
            } else {
                pos++;
            }
        }
        unterminated = true;
    }

    /**
     * Scans a quoted construct whose opening quote is at {@link #pos}: a doubled {@code close} stands for itself,
     * and with {@code backslashEscapes} a backslash escapes the next character.
     */
    final void scanQuoted(char close, boolean backslashEscapes) {
        pos++;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == close) {
                if (!at(pos + 1, close)) {
                    pos++;
                    return;
                }
                pos += 2;
            } else if (c == '\\' && backslashEscapes) {
                pos = Math.min(length, pos + 2);
            } else {
                pos++;
            }
        }
        unterminated = true;
    }

    /** Moves past the closing delimiter found at {@code close}, or to the end when it is -1 (unterminated). */
    final void finishAt(int close, int closeLength) {
        if (close < 0) {
            pos = length;
            unterminated = true;
        } else {
            pos = close + closeLength;
        }
    }

    /**
     * Scans a number starting at {@link #pos} with a digit, or with {@code .} followed by a digit: digits, letters
     * and underscores (hexadecimal, binary, separators, trailing junk), one decimal point and signed exponents.
     */
    final void scanNumber() {
        if (src.charAt(pos) != '.') {
            scanAlphanumeric();
            if (!at(pos, '.') || at(pos + 1, '.') || breaksTokenAt(pos)) {
                scanExponentSign();
                return;
            }
        }
        pos++;
        scanAlphanumeric();
        scanExponentSign();
    }

    private void scanAlphanumeric() {
        while (pos < length && !breaksTokenAt(pos)) {
            char c = src.charAt(pos);
            if (isDigit(c) || isAsciiLetter(c) || c == '_') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void scanExponentSign() {
        char previous = src.charAt(pos - 1);
        if ((previous == 'e' || previous == 'E') && (at(pos, '+') || at(pos, '-')) && digitAt(pos + 1)
                && !breaksTokenAt(pos)) {
            pos++;
            scanAlphanumeric();
        }
    }

    /**
     * Scans the longest of the given operators at {@link #pos}, or a single character when none matches.
     *
     * @param operators multi-character operators, longest first
     */
    final void scanOperator(String[] operators) {
        for (String op : operators) {
            if (src.startsWith(op, pos) && !breaksInside(op.length())) {
                pos += op.length();
                return;
            }
        }
        pos++;
    }

    private boolean breaksInside(int length) {
        for (int i = pos + 1; i < pos + length; i++) {
            if (breaksTokenAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether {@code c} is a single-character punctuation token. */
    static boolean isPunctuation(char c) {
        return c == '(' || c == ')' || c == ',' || c == ';' || c == '.' || c == '[' || c == ']' || c == '{'
                || c == '}';
    }
}
