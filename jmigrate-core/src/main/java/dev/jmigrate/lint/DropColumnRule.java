package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/** {@code drop-column}: {@code ALTER TABLE ... DROP [COLUMN]} on an existing table. */
final class DropColumnRule extends BaseRule implements FileRule {
    DropColumnRule() {
        super("drop-column", Severity.ERROR,
                "dropping a column of an existing table loses its data and breaks code that still reads it");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter == null || script.isNew(alter.name(), statement.index())) {
                continue;
            }
            for (List<Token> action : alter.actions()) {
                Token column = droppedColumn(action);
                if (column != null) {
                    reporter.report(action.get(0), "dropping column " + column.identifier() + " of the existing table "
                                    + alter.name().identifier() + " deletes its data and breaks every running instance"
                                    + " of the application that still reads it",
                            "remove every use of the column from the application and deploy that first, then drop it"
                                    + " in a later release after a backup of the data");
                }
            }
        }
    }

    /** The column of {@code DROP [COLUMN] [IF EXISTS] name}, or null for another action. */
    static Token droppedColumn(List<Token> action) {
        Cursor c = new Cursor(action);
        if (!c.words("DROP") || c.words("CONSTRAINT")) {
            return null;
        }
        c.optional("COLUMN");
        c.optional("IF", "EXISTS");
        return c.name();
    }
}
