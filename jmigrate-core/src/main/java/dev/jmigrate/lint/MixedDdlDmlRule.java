package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;

/**
 * {@code mixed-ddl-dml}: a file that changes the schema ({@code CREATE}, {@code ALTER}, {@code DROP}) and also
 * changes rows of an existing table ({@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE},
 * {@code COPY ... FROM}). Filling a table the file itself creates (seed data) does not count.
 */
final class MixedDdlDmlRule extends BaseRule implements FileRule {
    MixedDdlDmlRule() {
        super("mixed-ddl-dml", Severity.WARNING,
                "a file changes the schema and also the rows of an existing table");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        SqlStatement ddl = script.statements().stream().filter(MixedDdlDmlRule::isSchemaChange).findFirst()
                .orElse(null);
        if (ddl == null) {
            return;
        }
        for (SqlStatement statement : script.statements()) {
            Statements.DataChange change = Statements.dataChange(statement);
            if (change != null && !script.isNew(change.table(), statement.index())) {
                reporter.report(statement, statement.firstWords(1) + " on the existing table "
                                + change.table().identifier() + " in the same file as the schema change on line "
                                + ddl.line() + ": in one transaction the schema change's locks are held while the rows"
                                + " are written, and a long data change cannot be retried on its own",
                        "move the data change into a migration file of its own");
                return;
            }
        }
    }

    private static boolean isSchemaChange(SqlStatement statement) {
        return statement.startsWith("CREATE") || statement.startsWith("ALTER") || statement.startsWith("DROP");
    }
}
