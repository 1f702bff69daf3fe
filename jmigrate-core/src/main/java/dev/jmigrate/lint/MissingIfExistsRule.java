package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.List;
import java.util.Locale;

/**
 * {@code missing-if-exists}: a {@code CREATE} without {@code IF NOT EXISTS} (or {@code OR REPLACE} where PostgreSQL
 * offers that instead), a {@code DROP} without {@code IF EXISTS}, or an {@code ALTER TABLE ... ADD|DROP COLUMN}
 * without them, in a file that must be safe to run again: a file that runs outside a transaction (a failure
 * halfway leaves part of it applied), or every file when the configuration says {@code idempotent = true}.
 */
final class MissingIfExistsRule extends BaseRule implements FileRule {
    private static final String[] IF_NOT_EXISTS_KINDS = {"TABLE", "INDEX", "SCHEMA", "SEQUENCE", "EXTENSION"};
    private static final String[] OR_REPLACE_KINDS = {"FUNCTION", "PROCEDURE", "VIEW", "TRIGGER", "RULE", "AGGREGATE"};

    MissingIfExistsRule() {
        super("missing-if-exists", Severity.WARNING,
                "CREATE or DROP without IF [NOT] EXISTS (or OR REPLACE) in a file that must be safe to run again");
    }

    @Override
    public boolean checksDownFiles() {
        return true;
    }

    @Override
    public void check(MigrationScript script, Reporter reporter) {
        if (script.runsInTransaction() && !script.config().idempotent()) {
            return;
        }
        String why = script.runsInTransaction() ? "the project requires migrations that can run twice (idempotent = true)"
                : "this file runs outside a transaction, so after a failure halfway running it again must not fail on"
                        + " what already exists";
        for (SqlStatement statement : script.statements()) {
            String fix = fixFor(statement);
            if (fix != null) {
                reporter.report(statement, label(statement) + " without " + (fix.contains("OR REPLACE") ? "OR REPLACE"
                        : fix.contains("NOT EXISTS") ? "IF NOT EXISTS" : "IF EXISTS") + ": " + why, fix);
            }
            Statements.AlterTable alter = Statements.alterTable(statement);
            if (alter != null) {
                for (List<Token> action : alter.actions()) {
                    String actionFix = fixForAction(action);
                    if (actionFix != null) {
                        reporter.report(action.get(0), "ALTER TABLE ... " + (action.get(0).isWord("ADD") ? "ADD"
                                : "DROP") + " COLUMN without " + (actionFix.contains("NOT") ? "IF NOT EXISTS"
                                : "IF EXISTS") + ": " + why, actionFix);
                    }
                }
            }
        }
    }

    /** The fix for an unguarded CREATE or DROP statement, or null when it is guarded or not covered. */
    private static String fixFor(SqlStatement statement) {
        Cursor c = new Cursor(statement.tokens());
        if (c.words("CREATE")) {
            boolean orReplace = c.words("OR", "REPLACE");
            c.anyWord("UNIQUE", "UNLOGGED", "TEMP", "TEMPORARY", "CONSTRAINT", "MATERIALIZED", "RECURSIVE");
            Token kind = c.peek();
            if (kind == null) {
                return null;
            }
            if (Tokens.isAnyWord(kind, OR_REPLACE_KINDS) && !statement.startsWith("CREATE", "MATERIALIZED")) {
                return orReplace ? null : "write CREATE OR REPLACE " + kind.text().toUpperCase(Locale.ROOT);
            }
            if (Tokens.isAnyWord(kind, IF_NOT_EXISTS_KINDS) || kind.isWord("VIEW")) {
                c.skip();
                c.optional("CONCURRENTLY");
                return c.words("IF", "NOT", "EXISTS") ? null
                        : "write " + label(statement) + " IF NOT EXISTS";
            }
            return null;
        }
        if (c.words("DROP") && !c.words("OWNED")) {
            int guard = Tokens.indexOfSequence(statement.tokens(), 1, "IF", "EXISTS");
            return guard >= 1 && guard <= 4 ? null : "write " + label(statement) + " IF EXISTS";
        }
        return null;
    }

    /** The leading keywords of a CREATE or DROP up to the object name, e.g. {@code CREATE UNIQUE INDEX}. */
    private static String label(SqlStatement statement) {
        StringBuilder label = new StringBuilder();
        for (Token t : statement.tokens()) {
            if (!Tokens.isAnyWord(t, "CREATE", "DROP", "OR", "REPLACE", "UNIQUE", "UNLOGGED", "TEMP", "TEMPORARY",
                    "MATERIALIZED", "TABLE", "INDEX", "CONCURRENTLY", "SCHEMA", "SEQUENCE", "EXTENSION", "VIEW",
                    "FUNCTION", "PROCEDURE", "TRIGGER", "TYPE", "DOMAIN", "POLICY", "RULE", "AGGREGATE", "FOREIGN",
                    "SERVER", "PUBLICATION", "ROLE", "USER", "COLLATION", "OPERATOR", "STATISTICS", "EVENT", "CAST",
                    "TEXT", "SEARCH", "CONFIGURATION", "DICTIONARY", "PARSER", "TEMPLATE", "LANGUAGE", "ACCESS",
                    "METHOD", "CONVERSION", "TRANSFORM", "DATABASE", "TABLESPACE", "SUBSCRIPTION")) {
                break;
            }
            label.append(label.length() == 0 ? "" : " ").append(t.text().toUpperCase(Locale.ROOT));
        }
        return label.toString();
    }

    /** The fix for an unguarded ADD COLUMN or DROP COLUMN action, or null. */
    private static String fixForAction(List<Token> action) {
        Cursor c = new Cursor(action);
        if (c.words("ADD")) {
            boolean column = c.words("COLUMN");
            if (Statements.addedColumn(action) == null || c.words("IF", "NOT", "EXISTS")) {
                return null;
            }
            return "write ADD " + (column ? "COLUMN " : "") + "IF NOT EXISTS";
        }
        if (DropColumnRule.droppedColumn(action) != null) {
            c.words("DROP");
            boolean column = c.words("COLUMN");
            return c.words("IF", "EXISTS") ? null : "write DROP " + (column ? "COLUMN " : "") + "IF EXISTS";
        }
        return null;
    }
}
