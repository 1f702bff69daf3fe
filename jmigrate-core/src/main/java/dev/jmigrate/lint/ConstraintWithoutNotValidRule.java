package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/**
 * {@code constraint-without-not-valid}: {@code ALTER TABLE ... ADD [CONSTRAINT n] FOREIGN KEY|CHECK} on an existing
 * table without {@code NOT VALID}, which checks every row while holding a lock that blocks writes.
 */
final class ConstraintWithoutNotValidRule extends BaseRule implements FileRule {
    ConstraintWithoutNotValidRule() {
        super("constraint-without-not-valid", Severity.ERROR,
                "a FOREIGN KEY or CHECK constraint added to an existing table without NOT VALID checks every row"
                        + " while blocking writes");
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
                if (!c.words("ADD")) {
                    continue;
                }
                String name = null;
                if (c.words("CONSTRAINT")) {
                    Token n = c.name();
                    name = n == null ? null : n.identifier();
                }
                boolean foreignKey = c.words("FOREIGN", "KEY");
                if (!foreignKey && !c.words("CHECK")) {
                    continue;
                }
                if (Tokens.containsSequence(action, "NOT", "VALID")) {
                    continue;
                }
                String table = alter.name().identifier();
                reporter.report(action.get(0), "adding a " + (foreignKey ? "FOREIGN KEY" : "CHECK") + " constraint to"
                                + " the existing table " + table + " checks every row while holding a lock that blocks"
                                + " writes" + (foreignKey ? " to it and to the referenced table" : ""),
                        "add it with NOT VALID, then run ALTER TABLE " + table + " VALIDATE CONSTRAINT "
                                + (name == null ? "<name>" : name) + " in a later migration (validation does not block"
                                + " writes)");
            }
        }
    }
}
