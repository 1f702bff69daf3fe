package dev.jmigrate.sql;

import java.util.Objects;

/**
 * One lexical token of a migration file.
 *
 * @param type         the kind of token
 * @param text         the exact source text of the token (for a line comment without the line break)
 * @param offset       the UTF-16 index of the token's first character in the file
 * @param line         the 1-based line of the token's first character
 * @param column       the 1-based column of the token's first character, counted in Unicode code points
 * @param unterminated {@code true} when a string, quoted identifier, comment or dollar quote had no closing
 *                     delimiter and so extends to the end of the file
 */
public record Token(TokenType type, String text, int offset, int line, int column, boolean unterminated) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException     when {@code type} or {@code text} is null
     * @throws IllegalArgumentException when {@code offset} is negative or {@code line}/{@code column} below 1
     */
    public Token {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (offset < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("invalid position: offset " + offset + ", line " + line
                    + ", column " + column);
        }
    }

    /**
     * Returns the UTF-16 index just past the token's last character.
     *
     * @return {@code offset() + text().length()}
     */
    public int end() {
        return offset + text.length();
    }

    /**
     * Tells whether this token is the given keyword.
     *
     * @param keyword the keyword, in any case
     * @return {@code true} only for a {@link TokenType#WORD} token whose text equals {@code keyword} ignoring the
     *         case of ASCII letters (other characters must be equal)
     */
    public boolean isWord(String keyword) {
        if (type != TokenType.WORD || text.length() != keyword.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char a = text.charAt(i);
            char b = keyword.charAt(i);
            if (a != b && (toLowerAscii(a) != toLowerAscii(b))) {
                return false;
            }
        }
        return true;
    }

    private static char toLowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Tells whether this token is a comment.
     *
     * @return {@code true} for {@link TokenType#LINE_COMMENT} and {@link TokenType#BLOCK_COMMENT}
     */
    public boolean isComment() {
        return type == TokenType.LINE_COMMENT || type == TokenType.BLOCK_COMMENT;
    }

    /**
     * Returns the name this token denotes when used as an identifier.
     *
     * <p>A {@link TokenType#WORD} has its ASCII letters lower-cased (PostgreSQL folding in UTF-8). A
     * {@link TokenType#QUOTED_IDENTIFIER} loses its quotes (and a {@code U&} prefix) and doubled closing quotes are
     * undone; Unicode escapes of {@code U&"..."} are not decoded and an unterminated identifier just loses its
     * opening quote. Any other token returns its text unchanged.
     *
     * @return the identifier
     */
    public String identifier() {
        if (type == TokenType.WORD) {
            StringBuilder folded = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                folded.append(toLowerAscii(text.charAt(i)));
            }
            return folded.toString();
        }
        if (type != TokenType.QUOTED_IDENTIFIER) {
            return text;
        }
        int start = text.regionMatches(true, 0, "U&", 0, 2) ? 2 : 0;
        if (start >= text.length()) {
            return text;
        }
        char open = text.charAt(start);
        char close = open == '[' ? ']' : open;
        int end = text.length();
        if (!unterminated && end - start >= 2 && text.charAt(end - 1) == close) {
            end--;
        }
        String inner = text.substring(start + 1, end);
        if (open == '[') {
            return inner;
        }
        String quote = String.valueOf(close);
        return inner.replace(quote + quote, quote);
    }
}
