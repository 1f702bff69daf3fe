package dev.jmigrate.sql;

/**
 * The PostgreSQL lexer: standard-conforming strings, {@code E''}/{@code B''}/{@code X''}/{@code N''}/{@code U&''}
 * strings, quoted identifiers, dollar quotes, {@code $n} parameters, nested block comments and PostgreSQL's
 * operator rules.
 */
final class PostgresLexer extends Lexer {

    PostgresLexer(String src) {
        super(src);
    }

    @Override
    TokenType scan() {
        char c = src.charAt(pos);
        char next = pos + 1 < length ? src.charAt(pos + 1) : '\0';
        if (c == '-' && next == '-') {
            scanLineComment();
            return TokenType.LINE_COMMENT;
        }
        if (c == '/' && next == '*') {
            scanBlockComment(true);
            return TokenType.BLOCK_COMMENT;
        }
        if (c == '\'') {
            scanQuoted('\'', false);
            return TokenType.STRING;
        }
        if (c == '"') {
            scanQuoted('"', false);
            return TokenType.QUOTED_IDENTIFIER;
        }
        if (c == '$') {
            return scanDollar();
        }
        if (isIdentifierStart(c)) {
            return scanWordOrPrefixedString(c, next);
        }
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            scanNumber();
            return TokenType.NUMBER;
        }
        if (isPunctuation(c)) {
            pos++;
            return TokenType.PUNCTUATION;
        }
        if (c == ':') {
            pos += next == ':' || next == '=' ? 2 : 1;
            return TokenType.OPERATOR;
        }
        if (isOperatorChar(c)) {
            scanOperatorSequence();
            return TokenType.OPERATOR;
        }
        pos++;
        return TokenType.OPERATOR;
    }

    private TokenType scanWordOrPrefixedString(char c, char next) {
        if (next == '\'') {
            switch (c) {
                case 'e', 'E' -> {
                    pos++;
                    scanQuoted('\'', true);
                    return TokenType.STRING;
                }
                case 'b', 'B', 'x', 'X', 'n', 'N' -> {
                    pos++;
                    scanQuoted('\'', false);
                    return TokenType.STRING;
                }
                default -> {
                    // an ordinary word followed by a string
                }
            }
        }
        if ((c == 'u' || c == 'U') && next == '&' && (at(pos + 2, '\'') || at(pos + 2, '"'))) {
            pos += 2;
            boolean string = src.charAt(pos) == '\'';
            scanQuoted(src.charAt(pos), false);
            return string ? TokenType.STRING : TokenType.QUOTED_IDENTIFIER;
        }
        pos++;
        scanIdentifierPart();
        return TokenType.WORD;
    }

    /** Scans {@code $n}, a dollar-quoted string, or a lone {@code $}. */
    private TokenType scanDollar() {
        int start = pos;
        if (digitAt(start + 1)) {
            pos++;
            while (digitAt(pos)) {
                pos++;
            }
            return TokenType.PARAMETER;
        }
        int tagEnd = start + 1;
        if (tagEnd < length && isIdentifierStart(src.charAt(tagEnd))) {
            tagEnd++;
            while (tagEnd < length && isIdentifierPart(src.charAt(tagEnd)) && src.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        if (!at(tagEnd, '$')) {
            pos++;
            return TokenType.OPERATOR;
        }
        String delimiter = src.substring(start, tagEnd + 1);
        finishAt(src.indexOf(delimiter, tagEnd + 1), delimiter.length());
        return TokenType.DOLLAR_STRING;
    }

    /**
     * Scans a run of operator characters, stopping before a comment start, then applies PostgreSQL's rule that a
     * multi-character operator ends in {@code +} or {@code -} only when it contains one of {@code ~!@#%^&|`?}.
     */
    private void scanOperatorSequence() {
        int start = pos;
        pos++;
        while (pos < length && isOperatorChar(src.charAt(pos))) {
            char c = src.charAt(pos);
            if ((c == '-' && at(pos + 1, '-')) || (c == '/' && at(pos + 1, '*'))) {
                break;
            }
            pos++;
        }
        if (pos - start > 1 && !containsSpecialOperatorChar(start, pos)) {
            while (pos - start > 1 && (src.charAt(pos - 1) == '+' || src.charAt(pos - 1) == '-')) {
                pos--;
            }
        }
    }

    private boolean containsSpecialOperatorChar(int start, int end) {
        for (int i = start; i < end; i++) {
            if ("~!@#%^&|`?".indexOf(src.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOperatorChar(char c) {
        return switch (c) {
            case '+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '#', '%', '^', '&', '|', '`', '?' -> true;
            default -> false;
        };
    }
}
