package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/** {@code rename-table}: {@code ALTER TABLE ... RENAME TO} on an existing table. */
final class RenameTableRule extends BaseRule implements FileRule {
    RenameTableRule() {
        super("rename-table", Severity.ERROR,
                "renaming an existing table breaks the application instances that still use the old name");
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
                if (c.words("RENAME", "TO")) {
                    Token to = c.name();
                    String from = alter.name().identifier();
                    reporter.report(action.get(0), "renaming the existing table " + from
                                    + (to == null ? "" : " to " + to.identifier()) + " breaks every running instance of"
                                    + " the application that still uses the old name",
                            "keep the old name working meanwhile, e.g. with CREATE VIEW " + from + " AS SELECT * FROM "
                                    + (to == null ? "<new name>" : to.identifier()) + ", until no code uses it");
                }
            }
        }
    }
}
