package dev.jmigrate.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects tokens into statements: code tokens, comments and terminators arrive in source order.
 *
 * <p>A statement's text runs from its first code token to the end of the last token (code or comment) before its
 * terminator, so whitespace is trimmed but comments right before the terminator stay. Pieces without code tokens
 * produce no statement; their comments carry over to the next statement, and comments after the last statement
 * belong to none.
 */
final class StatementBuilder {
    private final String src;
    private final Consumer<SqlStatement> listener;
    private final List<SqlStatement> statements = new ArrayList<>();
    private List<Token> tokens = new ArrayList<>();
    private List<Token> comments = new ArrayList<>();
    private int end;

    /**
     * @param src      the source text
     * @param listener receives each statement as soon as it is complete
     */
    StatementBuilder(String src, Consumer<SqlStatement> listener) {
        this.src = src;
        this.listener = listener;
    }

    /**
     * Splits on every {@code ;} punctuation token outside a body that {@code body} reports.
     *
     * @param src      the source text
     * @param lexer    a fresh lexer over {@code src}
     * @param body     tracks bodies whose semicolons do not end the statement
     * @param listener receives each statement as soon as it is complete
     * @return the statements
     */
    static List<SqlStatement> splitOnSemicolons(String src, Lexer lexer, BodyTracker body,
                                                Consumer<SqlStatement> listener) {
        StatementBuilder builder = new StatementBuilder(src, listener);
        for (Token t = lexer.next(); t != null; t = lexer.next()) {
            if (t.isComment()) {
                builder.comment(t);
            } else if (isSemicolon(t) && !body.inBody()) {
                builder.terminate();
                body.reset();
            } else {
                body.accept(builder.codeTokens(), t);
                builder.code(t);
            }
        }
        return builder.finish();
    }

    /** Tells whether {@code t} is the punctuation {@code ;}. */
    static boolean isSemicolon(Token t) {
        return t.type() == TokenType.PUNCTUATION && t.text().equals(";");
    }

    /** Adds a code token to the current statement. */
    void code(Token t) {
        tokens.add(t);
        end = t.end();
    }

    /** Adds a comment: before the first code token it precedes the statement, after it it is inside. */
    void comment(Token t) {
        comments.add(t);
        if (!tokens.isEmpty()) {
            end = t.end();
        }
    }

    /** Tells whether the current statement has a code token. */
    boolean hasCode() {
        return !tokens.isEmpty();
    }

    /** Returns the code tokens of the current statement so far (a live list; do not modify). */
    List<Token> codeTokens() {
        return tokens;
    }

    /** Ends the current statement at a terminator; a piece without code tokens is dropped, keeping its comments. */
    void terminate() {
        if (tokens.isEmpty()) {
            return;
        }
        Token first = tokens.get(0);
        SqlStatement statement = new SqlStatement(src.substring(first.offset(), end), statements.size(),
                first.offset(), first.line(), first.column(), tokens, comments);
        statements.add(statement);
        listener.accept(statement);
        tokens = new ArrayList<>();
        comments = new ArrayList<>();
    }

    /** Ends the last statement at the end of the source and returns all statements. */
    List<SqlStatement> finish() {
        terminate();
        return statements;
    }
}
