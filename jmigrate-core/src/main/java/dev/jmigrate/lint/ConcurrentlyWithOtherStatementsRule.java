package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;

/**
 * {@code concurrently-with-other-statements}: a {@code CONCURRENTLY} statement sharing its file with other
 * statements. Such a file runs outside a transaction, so a failure halfway leaves part of it applied and the
 * database dirty. {@code SET}, {@code RESET} and transaction control statements do not count.
 */
final class ConcurrentlyWithOtherStatementsRule extends BaseRule implements FileRule {
    ConcurrentlyWithOtherStatementsRule() {
        super("concurrently-with-other-statements", Severity.WARNING,
                "a CONCURRENTLY statement shares its file with other statements, which then run without a transaction");
    }

    @Override
    public boolean checksDownFiles() {
        return true;
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        long substantive = script.statements().stream().filter(s -> !Statements.isSetting(s)
                && !Statements.beginsTransaction(s) && !Statements.endsTransaction(s)).count();
        if (substantive < 2) {
            return;
        }
        for (SqlStatement statement : script.statements()) {
            if (Statements.isConcurrent(statement)) {
                long others = substantive - 1;
                reporter.report(statement, Statements.concurrentLabel(statement) + " shares its file with " + others
                                + (others == 1 ? " other statement" : " other statements") + "; the file runs outside a"
                                + " transaction, so a failure halfway leaves part of it applied and the database dirty",
                        "move each CONCURRENTLY statement into a migration file of its own (SET lock_timeout and"
                                + " similar settings may stay)");
            }
        }
    }
}
