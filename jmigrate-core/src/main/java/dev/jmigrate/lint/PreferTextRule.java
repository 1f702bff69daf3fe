package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/** {@code prefer-text}: a column declared {@code varchar(n)} or {@code character varying(n)}. */
final class PreferTextRule extends BaseRule implements FileRule {
    PreferTextRule() {
        super("prefer-text", Severity.WARNING,
                "a column is declared varchar(n) where text with a CHECK constraint serves better");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            for (Statements.TypedColumn column : Statements.typedColumns(statement)) {
                List<Token> type = column.type();
                int length = lengthIndex(type);
                if (length >= 0 && column.column() != null) {
                    String name = column.column().identifier();
                    String limit = type.get(length).text();
                    reporter.report(type.get(0), "column " + name + " is " + Statements.show(type) + ": in PostgreSQL"
                                    + " text is just as fast, and a limit kept in the type can only be lowered by"
                                    + " rewriting the table",
                            "declare it text, with CHECK (char_length(" + name + ") <= " + limit + ") if the limit"
                                    + " matters");
                }
            }
        }
    }

    /** The index of the length in {@code varchar(n)} or {@code character varying(n)}, or -1. */
    private static int lengthIndex(List<Token> type) {
        int open;
        if (type.get(0).isWord("varchar")) {
            open = 1;
        } else if (type.size() > 1 && type.get(0).isWord("character") && type.get(1).isWord("varying")) {
            open = 2;
        } else {
            return -1;
        }
        return open + 1 < type.size() && Tokens.isPunctuation(type.get(open), "(") ? open + 1 : -1;
    }
}
