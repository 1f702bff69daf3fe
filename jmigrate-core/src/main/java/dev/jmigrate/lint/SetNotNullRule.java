package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code set-not-null}: {@code ALTER TABLE ... ALTER COLUMN ... SET NOT NULL} on an existing table, which scans the
 * whole table under an {@code ACCESS EXCLUSIVE} lock. Not reported when the file validated a constraint of the same
 * table before ({@code VALIDATE CONSTRAINT}), the pattern in which a validated {@code CHECK (c IS NOT NULL)} lets
 * PostgreSQL 12+ skip the scan.
 */
final class SetNotNullRule extends BaseRule implements FileRule {
    SetNotNullRule() {
        super("set-not-null", Severity.ERROR,
                "SET NOT NULL on a column of an existing table scans the table while blocking all access to it");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        Set<String> validated = new HashSet<>();
        for (SqlStatement statement : script.statements()) {
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter == null) {
                continue;
            }
            String table = alter.name().identifier();
            for (List<Token> action : alter.actions()) {
                if (action.get(0).isWord("VALIDATE")) {
                    validated.add(table);
                }
            }
            if (script.isNew(alter.name(), statement.index()) || validated.contains(table)) {
                continue;
            }
            for (List<Token> action : alter.actions()) {
                Token column = Statements.alteredColumn(action);
                if (column != null && Tokens.indexOfSequence(action, 0, "SET", "NOT", "NULL") >= 0) {
                    reporter.report(action.get(0), "SET NOT NULL on column " + column.identifier() + " of the existing"
                                    + " table " + table + " scans every row while holding an ACCESS EXCLUSIVE lock",
                            "first add CHECK (" + column.identifier() + " IS NOT NULL) NOT VALID, validate it with"
                                    + " VALIDATE CONSTRAINT, then SET NOT NULL, which PostgreSQL 12+ does without a scan");
                }
            }
        }
    }
}
