package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/**
 * {@code change-column-type}: {@code ALTER TABLE ... ALTER COLUMN ... TYPE} on an existing table, which in general
 * rewrites the table and its indexes under an {@code ACCESS EXCLUSIVE} lock.
 */
final class ChangeColumnTypeRule extends BaseRule implements FileRule {
    ChangeColumnTypeRule() {
        super("change-column-type", Severity.ERROR,
                "changing a column's type on an existing table rewrites it and its indexes while blocking all access");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter == null || script.isNew(alter.name(), statement.index())) {
                continue;
            }
            for (List<Token> action : alter.actions()) {
                List<Token> type = Statements.alteredType(action);
                if (type != null) {
                    Token column = Statements.alteredColumn(action);
                    reporter.report(action.get(0), "changing column " + column.identifier() + " of the existing table "
                                    + alter.name().identifier() + " to " + Statements.show(type) + " rewrites the table"
                                    + " and its indexes under an ACCESS EXCLUSIVE lock, unless the types are"
                                    + " binary-compatible",
                            "add a column of the new type, fill it in batches and switch the application to it; if the"
                                    + " change is binary-compatible (varchar(n) to text or to a longer varchar), silence"
                                    + " this with -- lint:ignore change-column-type");
                }
            }
        }
    }
}
