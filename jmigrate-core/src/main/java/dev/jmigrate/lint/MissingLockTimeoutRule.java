package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;

/**
 * {@code missing-lock-timeout}: the first statement of a file that takes a lock blocking other sessions on an
 * existing table, with no {@code SET [LOCAL] lock_timeout} before it in the file. Such a statement waits behind any
 * long-running query on the table, and every later query on the table waits behind it. Reported once per file.
 */
final class MissingLockTimeoutRule extends BaseRule implements FileRule {
    MissingLockTimeoutRule() {
        super("missing-lock-timeout", Severity.WARNING,
                "a statement that takes a strong lock on an existing table runs without a lock_timeout set before it");
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        for (SqlStatement statement : script.statements()) {
            if (Statements.setsLockTimeout(statement)) {
                return;
            }
            String what = strongLock(script, statement);
            if (what != null) {
                String set = script.runsInTransaction() ? "SET LOCAL lock_timeout = '5s'" : "SET lock_timeout = '5s'";
                reporter.report(statement, what + " takes a lock that blocks other sessions, and no lock_timeout is"
                                + " set: while it waits for a running query, every later query on the table queues"
                                + " behind it",
                        "start the file with " + set + " and retry the migration if it times out");
                return;
            }
        }
    }

    /** Names the statement when it takes a strong lock on an existing object, else null. */
    static String strongLock(MigrationScript script, SqlStatement statement) {
        int index = statement.index();
        if (Statements.isConcurrent(statement)) {
            return null;
        }
        Statements.AlterTable alter = Statements.alterTable(statement);
        if (alter != null) {
            boolean onlyValidates = alter.actions().stream().allMatch(a -> a.get(0).isWord("VALIDATE"));
            return onlyValidates || script.isNew(alter.name(), index) ? null
                    : "ALTER TABLE " + alter.name().identifier();
        }
        Statements.CreateIndex createIndex = Statements.createIndex(statement);
        if (createIndex != null) {
            return createIndex.concurrently() || script.isNew(createIndex.table(), index) ? null
                    : "CREATE INDEX on " + createIndex.table().identifier();
        }
        List<Token> tokens = statement.tokens();
        Cursor c = new Cursor(tokens);
        if (c.words("CREATE")) {
            c.optional("OR", "REPLACE");
            c.optional("CONSTRAINT");
            if (c.words("TRIGGER")) {
                return onExisting(script, statement, "CREATE TRIGGER");
            }
            return null;
        }
        if (c.words("DROP")) {
            if (c.words("TABLE")) {
                for (Token table : DropTableRule.droppedTables(statement)) {
                    if (!script.isNew(table, index)) {
                        return "DROP TABLE " + table.identifier();
                    }
                }
                return null;
            }
            if (c.words("INDEX")) {
                return c.words("CONCURRENTLY") ? null : "DROP INDEX";
            }
            return c.words("TRIGGER") ? onExisting(script, statement, "DROP TRIGGER") : null;
        }
        if (c.words("TRUNCATE")) {
            c.optional("TABLE");
            c.optional("ONLY");
            Token table = c.name();
            return table == null || script.isNew(table, index) ? null : "TRUNCATE " + table.identifier();
        }
        if (c.words("LOCK")) {
            return "LOCK TABLE";
        }
        if (c.words("REINDEX")) {
            return tokens.stream().anyMatch(t -> t.isWord("CONCURRENTLY")) ? null : "REINDEX";
        }
        if (c.words("CLUSTER")) {
            return "CLUSTER";
        }
        if (c.words("VACUUM")) {
            return Tokens.containsSequence(tokens, "FULL") ? "VACUUM FULL" : null;
        }
        if (c.words("REFRESH", "MATERIALIZED", "VIEW")) {
            if (c.words("CONCURRENTLY")) {
                return null;
            }
            Token view = c.name();
            return view == null || script.isNew(view, index) ? null
                    : "REFRESH MATERIALIZED VIEW " + view.identifier();
        }
        return null;
    }

    /** {@code what on table} for a statement {@code ... ON table ...} on an existing table, else null. */
    private static String onExisting(MigrationScript script, SqlStatement statement, String what) {
        List<Token> tokens = statement.tokens();
        int on = Tokens.indexOfTopLevelWord(tokens, 1, "ON");
        if (on < 0) {
            return null;
        }
        Token table = new Cursor(tokens.subList(on + 1, tokens.size())).name();
        return table == null || script.isNew(table, statement.index()) ? null : what + " on " + table.identifier();
    }
}
