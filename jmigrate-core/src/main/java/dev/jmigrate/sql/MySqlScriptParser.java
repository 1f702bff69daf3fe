package dev.jmigrate.sql;

import java.util.List;
import java.util.Objects;

/**
 * Parses MySQL and MariaDB migration files.
 *
 * <p>Statements end at the current delimiter ({@code ;} unless a {@code DELIMITER xx} line at the start of a line,
 * outside any statement, changed it; the {@code DELIMITER} line is no statement) outside strings, backtick
 * identifiers and comments. With the default delimiter, semicolons inside the {@code BEGIN ... END} body of a
 * {@code CREATE PROCEDURE|FUNCTION|TRIGGER|EVENT} or a MariaDB {@code BEGIN NOT ATOMIC} block do not end it either,
 * as when the server receives the whole file. {@code "..."} is a string (the {@code ANSI_QUOTES} mode is not
 * followed). Executable comments {@code /*! ... *}{@code /} are code: they stay in the statement's tokens and text,
 * never end it, and their content counts for the classification.
 *
 * <p>As MySQL commits DDL implicitly, the file may run inside one transaction only when it has no
 * {@link NoTransactionMarker}, no transaction control ({@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT},
 * {@code ROLLBACK}, {@code SET autocommit}, {@code SET TRANSACTION}, {@code LOCK TABLES}, {@code UNLOCK TABLES},
 * {@code XA}) and every statement is {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code REPLACE},
 * {@code SELECT}, {@code WITH} or {@code SET}.
 */
public final class MySqlScriptParser implements ScriptParser {

    /** Creates a parser. */
    public MySqlScriptParser() {
        // stateless
    }

    /** {@inheritDoc} */
    @Override
    public ParsedScript parse(String sql) {
        Objects.requireNonNull(sql, "sql");
        TransactionClassification transaction = new TransactionClassification(sql, new MySqlTransactionClassifier());
        List<SqlStatement> statements = split(sql, transaction);
        return new ParsedScript(statements, transaction.result());
    }

    private static List<SqlStatement> split(String sql, TransactionClassification transaction) {
        MySqlLexer lexer = new MySqlLexer(sql);
        StatementBuilder builder = new StatementBuilder(sql, transaction);
        MySqlBlockTracker body = new MySqlBlockTracker();
        while (true) {
            lexer.statementMayStart(!builder.hasCode());
            Token t = lexer.next();
            if (t == null) {
                return builder.finish();
            }
            if (lexer.isTerminator(t) && !continuesBody(lexer, body, builder, t)) {
                builder.terminate();
                body.reset();
            } else if (t.isComment() && !MySqlLexer.isExecutableComment(t)) {
                builder.comment(t);
            } else {
                if (!lexer.isTerminator(t)) {
                    body.accept(builder.codeTokens(), t);
                }
                builder.code(t);
            }
        }
    }

    /** A {@code ;} terminator inside a compound-statement body is code. */
    private static boolean continuesBody(MySqlLexer lexer, MySqlBlockTracker body, StatementBuilder builder,
                                         Token terminator) {
        if (!lexer.delimiterIsSemicolon()) {
            return false;
        }
        body.accept(builder.codeTokens(), terminator);
        return body.inBody();
    }
}
