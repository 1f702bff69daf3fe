package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/** {@code rename-column}: {@code ALTER TABLE ... RENAME [COLUMN] a TO b} on an existing table. */
final class RenameColumnRule extends BaseRule implements FileRule {
    RenameColumnRule() {
        super("rename-column", Severity.ERROR,
                "renaming a column of an existing table breaks the application instances that still use the old name");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter == null || script.isNew(alter.name(), statement.index())) {
                continue;
            }
            for (List<Token> action : alter.actions()) {
                Cursor c = new Cursor(action);
                if (!c.words("RENAME") || c.words("TO") || c.words("CONSTRAINT")) {
                    continue;
                }
                c.optional("COLUMN");
                Token from = c.name();
                if (from == null || !c.words("TO")) {
                    continue;
                }
                Token to = c.name();
                reporter.report(action.get(0), "renaming column " + from.identifier() + " of the existing table "
                                + alter.name().identifier() + (to == null ? "" : " to " + to.identifier())
                                + " breaks every running instance of the application that still uses the old name",
                        "add the new column, keep both in step until no code uses the old one, and drop the old one in"
                                + " a later migration");
            }
        }
    }
}
