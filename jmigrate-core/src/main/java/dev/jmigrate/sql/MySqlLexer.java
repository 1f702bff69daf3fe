package dev.jmigrate.sql;

/**
 * The MySQL lexer: {@code '...'} and {@code "..."} strings with backslash escapes, backtick identifiers,
 * {@code #} and {@code -- } comments, non-nested block comments, executable comments {@code /*! ... *}{@code /}
 * (and MariaDB's {@code /*M! ... *}{@code /}), the current statement delimiter and {@code DELIMITER} lines.
 *
 * <p>The delimiter is recognized at any token start and ends a word, number or operator early (so with
 * {@code DELIMITER $$}, {@code END$$} is {@code END} then the terminator). A terminator is returned as a
 * {@link TokenType#PUNCTUATION} token and reported by {@link #isTerminator(Token)}. When the parser says a statement
 * may start, a line whose first word is {@code DELIMITER} changes the delimiter and yields no token.
 */
final class MySqlLexer extends Lexer {
    private static final String[] OPERATORS = {
        "<=>", "->>", "<=", ">=", "<>", "!=", "->", ":=", "||", "&&", "<<", ">>", "@@"
    };
    private static final String DEFAULT_DELIMITER = ";";

    private String delimiter = DEFAULT_DELIMITER;
    private boolean statementMayStart = true;
    private Token terminator;

    MySqlLexer(String src) {
        super(src);
    }

    /** Tells the lexer whether the current statement is still empty, so that a DELIMITER line may follow. */
    void statementMayStart(boolean mayStart) {
        this.statementMayStart = mayStart;
    }

    /** Tells whether {@code t} is the last token returned and was the statement delimiter. */
    boolean isTerminator(Token t) {
        return t != null && t == terminator;
    }

    /** Tells whether the current delimiter is the default {@code ;}. */
    boolean delimiterIsSemicolon() {
        return delimiter.equals(DEFAULT_DELIMITER);
    }

    /** Tells whether {@code t} is an executable comment, whose content MySQL runs as code. */
    static boolean isExecutableComment(Token t) {
        return t.type() == TokenType.BLOCK_COMMENT && (t.text().startsWith("/*!") || t.text().startsWith("/*M!"));
    }

    /**
     * Returns the code inside an executable comment: without {@code /*!} or {@code /*M!}, the version digits and
     * the closing {@code *}{@code /}.
     */
    static String executableContent(Token t) {
        String text = t.text();
        int start = text.indexOf('!') + 1;
        while (start < text.length() && isDigit(text.charAt(start))) {
            start++;
        }
        int end = !t.unterminated() && text.endsWith("*/") ? text.length() - 2 : text.length();
        return start <= end ? text.substring(start, end) : "";
    }

    @Override
    Token next() {
        while (true) {
            skipWhitespace();
            if (pos >= length) {
                return null;
            }
            if (!statementMayStart || !skipDelimiterCommand()) {
                Token t = super.next();
                terminator = t != null && t.type() == TokenType.PUNCTUATION && t.text().equals(delimiter) ? t : null;
                return t;
            }
        }
    }

    /**
     * At the first token of a line, consumes a {@code DELIMITER xx} line and switches to {@code xx}; a
     * {@code DELIMITER} line without argument is consumed without change.
     */
    private boolean skipDelimiterCommand() {
        if (!firstOnLine(pos) || !src.regionMatches(true, pos, "DELIMITER", 0, 9)
                || !(pos + 9 == length || isBlank(src.charAt(pos + 9)) || isLineBreak(src.charAt(pos + 9)))) {
            return false;
        }
        int i = pos + 9;
        while (i < length && isBlank(src.charAt(i))) {
            i++;
        }
        int argument = i;
        while (i < length && !isBlank(src.charAt(i)) && !isLineBreak(src.charAt(i))) {
            i++;
        }
        if (i > argument) {
            delimiter = src.substring(argument, i);
        }
        while (i < length && !isLineBreak(src.charAt(i))) {
            i++;
        }
        pos = i;
        return true;
    }

    private boolean firstOnLine(int i) {
        int j = i - 1;
        while (j >= 0 && isBlank(src.charAt(j))) {
            j--;
        }
        return j < 0 || isLineBreak(src.charAt(j)) || (j == 0 && src.charAt(0) == '\uFEFF');
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    @Override
    boolean breaksTokenAt(int i) {
        return src.charAt(i) == delimiter.charAt(0) && src.startsWith(delimiter, i);
    }

    @Override
    boolean isIdentifierStart(char c) {
        return super.isIdentifierStart(c) || c == '$';
    }

    @Override
    TokenType scan() {
        if (breaksTokenAt(pos)) {
            pos += delimiter.length();
            return TokenType.PUNCTUATION;
        }
        char c = src.charAt(pos);
        char next = pos + 1 < length ? src.charAt(pos + 1) : '\0';
        if (c == '#' || (c == '-' && next == '-' && (pos + 2 >= length || src.charAt(pos + 2) <= ' '))) {
            scanLineComment();
            return TokenType.LINE_COMMENT;
        }
        if (c == '/' && next == '*') {
            scanBlockComment(false);
            return TokenType.BLOCK_COMMENT;
        }
        if (c == '\'' || c == '"') {
            scanQuoted(c, true);
            return TokenType.STRING;
        }
        if (c == '`') {
            scanQuoted('`', false);
            return TokenType.QUOTED_IDENTIFIER;
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
        scanOperator(OPERATORS);
        return TokenType.OPERATOR;
    }

    private TokenType scanWordOrPrefixedString(char c, char next) {
        if (next == '\'' && "nNxXbB".indexOf(c) >= 0) {
            pos++;
            scanQuoted('\'', c == 'n' || c == 'N');
            return TokenType.STRING;
        }
        pos++;
        scanIdentifierPart();
        return TokenType.WORD;
    }
}
