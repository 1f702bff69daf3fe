package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;

/**
 * {@code concurrently-in-transaction}: a {@code CONCURRENTLY} statement after a {@code BEGIN} of the file itself.
 * PostgreSQL refuses it inside a transaction block; the runner already runs such a file outside a transaction.
 */
final class ConcurrentlyInTransactionRule extends BaseRule implements FileRule {
    ConcurrentlyInTransactionRule() {
        super("concurrently-in-transaction", Severity.ERROR,
                "a CONCURRENTLY statement inside the file's own BEGIN ... COMMIT block, where PostgreSQL refuses it");
    }

    @Override
    public boolean checksDownFiles() {
        return true;
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        SqlStatement open = null;
        for (SqlStatement statement : script.statements()) {
            if (Statements.beginsTransaction(statement)) {
                open = statement;
            } else if (Statements.endsTransaction(statement)) {
                open = null;
            } else if (open != null && Statements.isConcurrent(statement)) {
                reporter.report(statement, Statements.concurrentLabel(statement) + " cannot run inside the transaction"
                                + " block opened by " + open.firstWords(2) + " on line " + open.line(),
                        "remove BEGIN and COMMIT from this file: the runner runs a file with CONCURRENTLY outside a"
                                + " transaction by itself");
            }
        }
    }
}
