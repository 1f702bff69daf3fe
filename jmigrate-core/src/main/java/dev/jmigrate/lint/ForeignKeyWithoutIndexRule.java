package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code foreign-key-without-index}: a foreign key declared in the file whose referencing columns are not the
 * leading columns (in any order) of an index, primary key or unique constraint that the same file creates on the
 * referencing table. Without such an index every delete or key update in the referenced table scans the
 * referencing table. Indexes created by other files are not seen: silence the finding when one exists.
 */
final class ForeignKeyWithoutIndexRule extends BaseRule implements FileRule {
    ForeignKeyWithoutIndexRule() {
        super("foreign-key-without-index", Severity.WARNING,
                "a foreign key's columns do not lead any index the file creates on the referencing table");
    }

    private record ForeignKey(String table, List<String> columns, Token at) {
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        List<ForeignKey> foreignKeys = new ArrayList<>();
        Map<String, List<List<String>>> indexes = new HashMap<>();
        for (SqlStatement statement : script.statements()) {
            Statements.CreateTable create = Statements.createTable(statement);
            if (create != null) {
                String table = create.name().identifier();
                for (List<Token> element : create.elements()) {
                    element(table, element, foreignKeys, indexes);
                }
            }
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter != null) {
                String table = alter.name().identifier();
                for (List<Token> action : alter.actions()) {
                    Cursor c = new Cursor(action);
                    if (c.words("ADD")) {
                        c.optional("COLUMN");
                        c.optional("IF", "NOT", "EXISTS");
                        element(table, c.rest(), foreignKeys, indexes);
                    }
                }
            }
            Statements.CreateIndex index = Statements.createIndex(statement);
            if (index != null) {
                indexes.computeIfAbsent(index.table().identifier(), k -> new ArrayList<>()).add(index.columns());
            }
        }
        for (ForeignKey fk : foreignKeys) {
            if (!covered(fk, indexes.getOrDefault(fk.table(), List.of()))) {
                String columns = String.join(", ", fk.columns());
                reporter.report(fk.at(), "the foreign key (" + columns + ") of table " + fk.table() + " has no index"
                                + " starting with its columns, so every delete or key update in the referenced table"
                                + " scans " + fk.table(),
                        "create an index on " + fk.table() + " (" + columns + "), with CONCURRENTLY in a migration of its"
                                + " own if the table already holds data");
            }
        }
    }

    /** Records the foreign keys and unique or primary keys of a column definition or table constraint. */
    private static void element(String table, List<Token> element, List<ForeignKey> foreignKeys,
                                Map<String, List<List<String>>> indexes) {
        Statements.ColumnDefinition column = Statements.columnDefinition(element);
        if (column != null) {
            List<String> name = List.of(column.name().identifier());
            int references = Tokens.indexOfTopLevelWord(column.constraints(), 0, "REFERENCES");
            if (references >= 0) {
                foreignKeys.add(new ForeignKey(table, name, column.constraints().get(references)));
            }
            if (Tokens.indexOfTopLevelWord(column.constraints(), 0, "PRIMARY", "UNIQUE") >= 0) {
                indexes.computeIfAbsent(table, k -> new ArrayList<>()).add(name);
            }
            return;
        }
        Cursor c = new Cursor(element);
        if (c.words("CONSTRAINT")) {
            c.name();
        }
        Token at = c.peek();
        if (c.words("FOREIGN", "KEY")) {
            List<Token> columns = c.group();
            if (columns != null) {
                foreignKeys.add(new ForeignKey(table, Tokens.columnNames(columns), at));
            }
        } else if (c.words("PRIMARY", "KEY") || c.words("UNIQUE")) {
            c.optional("NULLS", "NOT", "DISTINCT");
            c.optional("NULLS", "DISTINCT");
            List<Token> columns = c.group();
            if (columns != null) {
                indexes.computeIfAbsent(table, k -> new ArrayList<>()).add(Tokens.columnNames(columns));
            }
        }
    }

    /** Whether an index's first columns are exactly the foreign key's columns, in any order. */
    private static boolean covered(ForeignKey fk, List<List<String>> indexes) {
        if (fk.columns().stream().anyMatch(java.util.Objects::isNull)) {
            return true;
        }
        for (List<String> index : indexes) {
            if (index.size() >= fk.columns().size()
                    && new HashSet<>(index.subList(0, fk.columns().size())).equals(new HashSet<>(fk.columns()))) {
                return true;
            }
        }
        return false;
    }
}
