package dev.jmigrate.sql;

/**
 * The SQLite lexer: {@code '...'} strings and {@code X'...'} blobs, identifiers quoted with {@code "..."},
 * {@code `...`} or {@code [...]}, {@code --} and non-nested block comments, and the parameters {@code ?},
 * {@code ?NNN}, {@code :name}, {@code @name} and {@code $name}.
 */
final class SqliteLexer extends Lexer {
    private static final String[] OPERATORS = {"->>", "||", "<<", ">>", "<=", ">=", "==", "!=", "<>", "->"};

    SqliteLexer(String src) {
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
            scanBlockComment(false);
            return TokenType.BLOCK_COMMENT;
        }
        if (c == '\'') {
            scanQuoted('\'', false);
            return TokenType.STRING;
        }
        if (c == '"' || c == '`') {
            scanQuoted(c, false);
            return TokenType.QUOTED_IDENTIFIER;
        }
        if (c == '[') {
            finishAt(src.indexOf(']', pos + 1), 1);
            return TokenType.QUOTED_IDENTIFIER;
        }
        if ((c == 'x' || c == 'X') && next == '\'') {
            pos++;
            scanQuoted('\'', false);
            return TokenType.STRING;
        }
        if (isIdentifierStart(c)) {
            pos++;
            scanIdentifierPart();
            return TokenType.WORD;
        }
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            scanNumber();
            return TokenType.NUMBER;
        }
        if (isPunctuation(c)) {
            pos++;
            return TokenType.PUNCTUATION;
        }
        if (c == '?') {
            pos++;
            while (digitAt(pos)) {
                pos++;
            }
            return TokenType.PARAMETER;
        }
        if ((c == ':' || c == '@' || c == '$') && pos + 1 < length && isIdentifierPart(next)) {
            pos++;
            scanIdentifierPart();
            return TokenType.PARAMETER;
        }
        scanOperator(OPERATORS);
        return TokenType.OPERATOR;
    }
}
