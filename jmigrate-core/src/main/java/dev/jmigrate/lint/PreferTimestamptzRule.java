package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/** {@code prefer-timestamptz}: a column declared {@code timestamp} without time zone. */
final class PreferTimestamptzRule extends BaseRule implements FileRule {
    PreferTimestamptzRule() {
        super("prefer-timestamptz", Severity.WARNING,
                "a column is declared timestamp without time zone instead of timestamptz");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            for (Statements.TypedColumn column : Statements.typedColumns(statement)) {
                List<Token> type = column.type();
                if (column.column() != null && type.get(0).isWord("timestamp")
                        && !Tokens.containsSequence(type, "WITH", "TIME", "ZONE")) {
                    reporter.report(type.get(0), "column " + column.column().identifier() + " is "
                                    + Statements.show(type) + ": it stores no time zone, so the same value means"
                                    + " different moments to sessions with different TimeZone settings",
                            "declare it timestamptz (timestamp with time zone)");
                }
            }
        }
    }
}
