package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;

/** {@code unbounded-update-delete}: an {@code UPDATE} or {@code DELETE} of an existing table without {@code WHERE}. */
final class UnboundedUpdateDeleteRule extends BaseRule implements FileRule {
    UnboundedUpdateDeleteRule() {
        super("unbounded-update-delete", Severity.WARNING,
                "an UPDATE or DELETE without WHERE changes every row of an existing table in one transaction");
    }

    @Override
    public boolean checksDownFiles() {
        return true;
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            Statements.DataChange change = Statements.dataChange(statement);
            if (change == null || !(change.verb().isWord("UPDATE") || change.verb().isWord("DELETE"))
                    || script.isNew(change.table(), statement.index())) {
                continue;
            }
            if (Tokens.indexOfTopLevelWord(change.tokens(), 1, "WHERE") < 0) {
                String verb = change.verb().isWord("UPDATE") ? "UPDATE" : "DELETE";
                reporter.report(change.verb(), verb + " without WHERE changes every row of the existing table "
                                + change.table().identifier() + " in one transaction: on a large table it runs long,"
                                + " locks every row and bloats the table",
                        "add a WHERE clause, or change the rows in batches (e.g. by primary-key ranges) outside the"
                                + " schema migration");
            }
        }
    }
}
