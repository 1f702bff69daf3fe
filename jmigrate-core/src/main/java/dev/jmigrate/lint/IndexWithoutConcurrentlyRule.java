package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/**
 * {@code index-without-concurrently}: {@code CREATE INDEX} without {@code CONCURRENTLY} on an existing table, and
 * {@code ALTER TABLE ... ADD [CONSTRAINT n] UNIQUE|PRIMARY KEY (...)} on an existing table, which builds its index
 * while holding an {@code ACCESS EXCLUSIVE} lock ({@code ... USING INDEX} adopts a ready index and is fine).
 */
final class IndexWithoutConcurrentlyRule extends BaseRule implements FileRule {
    IndexWithoutConcurrentlyRule() {
        super("index-without-concurrently", Severity.ERROR,
                "CREATE INDEX without CONCURRENTLY (or ADD UNIQUE/PRIMARY KEY) on an existing table blocks writes to it"
                        + " while the index is built");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            Statements.CreateIndex index = Statements.createIndex(statement);
            if (index != null && !index.concurrently() && !script.isNew(index.table(), statement.index())) {
                reporter.report(statement, (statement.startsWith("CREATE", "UNIQUE") ? "CREATE UNIQUE INDEX"
                                : "CREATE INDEX") + " on the existing table " + index.table().identifier()
                                + " blocks every INSERT, UPDATE and DELETE on it until the index is built",
                        "use CREATE INDEX CONCURRENTLY, alone in a migration file of its own");
            }
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter != null && !script.isNew(alter.name(), statement.index())) {
                for (List<Token> action : alter.actions()) {
                    String kind = indexedConstraint(action);
                    if (kind != null) {
                        reporter.report(action.get(0), "ADD " + kind + " on the existing table "
                                        + alter.name().identifier() + " builds its index while holding an ACCESS"
                                        + " EXCLUSIVE lock that blocks all reads and writes",
                                "build the index first with CREATE UNIQUE INDEX CONCURRENTLY in a migration of its own,"
                                        + " then ADD CONSTRAINT ... " + kind + " USING INDEX");
                    }
                }
            }
        }
    }

    /** {@code UNIQUE} or {@code PRIMARY KEY} for an action that adds such a constraint with a new index, else null. */
    private static String indexedConstraint(List<Token> action) {
        Cursor c = new Cursor(action);
        if (!c.words("ADD")) {
            return null;
        }
        if (c.words("CONSTRAINT")) {
            c.name();
        }
        String kind = c.words("UNIQUE") ? "UNIQUE" : c.words("PRIMARY", "KEY") ? "PRIMARY KEY" : null;
        return kind == null || Tokens.containsSequence(action, "USING", "INDEX") ? null : kind;
    }
}
