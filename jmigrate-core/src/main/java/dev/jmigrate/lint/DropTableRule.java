package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/** {@code drop-table}: {@code DROP TABLE} of a table the file did not create. */
final class DropTableRule extends BaseRule implements FileRule {
    DropTableRule() {
        super("drop-table", Severity.ERROR,
                "dropping an existing table loses its data and breaks code that still uses it");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            for (Token table : droppedTables(statement)) {
                if (!script.isNew(table, statement.index())) {
                    reporter.report(table, "dropping the existing table " + table.identifier() + " deletes its data"
                                    + " and breaks every running instance of the application that still uses it",
                            "remove every use of the table from the application and deploy that first, then drop it"
                                    + " in a later release after a backup of the data");
                }
            }
        }
    }

    /** The last name parts of the tables of {@code DROP TABLE [IF EXISTS] a, b}; empty for another statement. */
    static List<Token> droppedTables(SqlStatement statement) {
        Cursor c = new Cursor(statement.tokens());
        if (!c.words("DROP", "TABLE")) {
            return List.of();
        }
        c.optional("IF", "EXISTS");
        List<Token> tables = new java.util.ArrayList<>();
        for (List<Token> item : Tokens.splitTopLevel(c.rest())) {
            Token name = new Cursor(item).name();
            if (name != null) {
                tables.add(name);
            }
        }
        return tables;
    }
}
