package dev.jmigrate.lint;

import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the statement forms the rules look at, from tokens. Every method returns null for a statement of
 * another form; none throws.
 */
final class Statements {
    /** Words that start a table constraint in a {@code CREATE TABLE} list or after {@code ALTER TABLE ... ADD}. */
    private static final String[] TABLE_CONSTRAINT_WORDS = {
        "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "LIKE"};
    /** Words that end the data type of a column definition. */
    private static final String[] COLUMN_CONSTRAINT_WORDS = {
        "CONSTRAINT", "DEFAULT", "NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "REFERENCES", "GENERATED", "COLLATE",
        "COMPRESSION", "STORAGE"};

    private Statements() {
    }

    /**
     * {@code CREATE TABLE}: the table name's last part and the items of its parenthesized list (empty for
     * {@code CREATE TABLE ... AS} and partitions without a list).
     */
    record CreateTable(Token name, List<List<Token>> elements) {
    }

    /** {@code ALTER TABLE}: the table name's last part and its comma-separated actions. */
    record AlterTable(Token name, List<List<Token>> actions) {
    }

    /**
     * {@code CREATE INDEX}: where it starts, whether it is concurrent, the table name's last part and the names of
     * the indexed columns in order (null for an expression).
     */
    record CreateIndex(Token start, boolean concurrently, Token table, List<String> columns) {
    }

    /** A column definition: the name, the tokens of the data type, and everything after the type. */
    record ColumnDefinition(Token name, List<Token> type, List<Token> constraints) {
    }

    /** A data-changing statement: the verb ({@code INSERT}, {@code UPDATE}...), the target table and the tokens
     *  from the verb on. */
    record DataChange(Token verb, Token table, List<Token> tokens) {
    }

    /** Reads {@code CREATE [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE [IF NOT EXISTS] name [(...)]}. */
    static CreateTable createTable(SqlStatement statement) {
        Cursor c = new Cursor(statement.tokens());
        if (!c.words("CREATE")) {
            return null;
        }
        c.optional("OR", "REPLACE");
        c.anyWord("GLOBAL", "LOCAL");
        c.anyWord("TEMP", "TEMPORARY", "UNLOGGED");
        if (!c.words("TABLE")) {
            return null;
        }
        c.optional("IF", "NOT", "EXISTS");
        Token name = c.name();
        if (name == null) {
            return null;
        }
        List<Token> list = c.group();
        return new CreateTable(name, list == null ? List.of() : Tokens.splitTopLevel(list));
    }

    /** Returns the name of the relation a {@code CREATE TABLE} or {@code CREATE MATERIALIZED VIEW} creates. */
    static Token createdRelation(SqlStatement statement) {
        CreateTable table = createTable(statement);
        if (table != null) {
            return table.name();
        }
        Cursor c = new Cursor(statement.tokens());
        if (c.words("CREATE", "MATERIALIZED", "VIEW")) {
            c.optional("IF", "NOT", "EXISTS");
            return c.name();
        }
        return null;
    }

    /** Reads {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action[, ...]}. */
    static AlterTable alterTable(SqlStatement statement) {
        Cursor c = new Cursor(statement.tokens());
        if (!c.words("ALTER", "TABLE")) {
            return null;
        }
        c.optional("IF", "EXISTS");
        c.optional("ONLY");
        Token name = c.name();
        if (name == null) {
            return null;
        }
        if (c.peek() != null && c.peek().text().equals("*")) {
            c.skip();
        }
        return new AlterTable(name, Tokens.splitTopLevel(c.rest()));
    }

    /** Reads {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table ...}. */
    static CreateIndex createIndex(SqlStatement statement) {
        Cursor c = new Cursor(statement.tokens());
        if (!c.words("CREATE")) {
            return null;
        }
        c.optional("UNIQUE");
        if (!c.words("INDEX")) {
            return null;
        }
        boolean concurrently = c.words("CONCURRENTLY");
        c.optional("IF", "NOT", "EXISTS");
        if (!c.words("ON")) {
            c.name();
            if (!c.words("ON")) {
                return null;
            }
        }
        c.optional("ONLY");
        Token table = c.name();
        if (table == null) {
            return null;
        }
        if (c.words("USING")) {
            c.skip();
        }
        List<Token> list = c.group();
        List<String> columns = new ArrayList<>();
        if (list != null) {
            for (List<Token> item : Tokens.splitTopLevel(list)) {
                boolean plain = Tokens.isIdentifier(item.get(0))
                        && (item.size() == 1 || Tokens.isIdentifier(item.get(1)));
                columns.add(plain ? item.get(0).identifier() : null);
            }
        }
        return new CreateIndex(statement.tokens().get(0), concurrently, table, columns);
    }

    /** Tells whether an item of a {@code CREATE TABLE} list, or what follows {@code ADD}, is a table constraint. */
    static boolean isTableConstraint(List<Token> element) {
        return !element.isEmpty() && Tokens.isAnyWord(element.get(0), TABLE_CONSTRAINT_WORDS);
    }

    /** Reads a column definition {@code name type [constraints]}; null for a table constraint. */
    static ColumnDefinition columnDefinition(List<Token> element) {
        if (element.size() < 2 || isTableConstraint(element) || !Tokens.isIdentifier(element.get(0))) {
            return null;
        }
        int end = Tokens.indexOfTopLevelWord(element, 1, COLUMN_CONSTRAINT_WORDS);
        if (end < 0) {
            end = element.size();
        }
        return new ColumnDefinition(element.get(0), element.subList(1, end), element.subList(end, element.size()));
    }

    /** Reads an {@code ALTER TABLE} action {@code ADD [COLUMN] [IF NOT EXISTS] definition}; null otherwise. */
    static ColumnDefinition addedColumn(List<Token> action) {
        Cursor c = new Cursor(action);
        if (!c.words("ADD")) {
            return null;
        }
        boolean column = c.words("COLUMN");
        c.optional("IF", "NOT", "EXISTS");
        List<Token> rest = c.rest();
        if (!column && isTableConstraint(rest)) {
            return null;
        }
        return columnDefinition(rest);
    }

    /** Reads the type of an {@code ALTER TABLE} action {@code ALTER [COLUMN] c [SET DATA] TYPE type ...}. */
    static List<Token> alteredType(List<Token> action) {
        Cursor c = new Cursor(action);
        if (!c.words("ALTER")) {
            return null;
        }
        c.optional("COLUMN");
        if (c.name() == null) {
            return null;
        }
        c.optional("SET", "DATA");
        if (!c.words("TYPE")) {
            return null;
        }
        List<Token> rest = c.rest();
        int end = Tokens.indexOfTopLevelWord(rest, 0, "USING", "COLLATE");
        return end < 0 ? rest : rest.subList(0, end);
    }

    /**
     * Reads an {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE} or {@code COPY ... FROM}, possibly
     * after a {@code WITH} clause; null for anything else.
     */
    static DataChange dataChange(SqlStatement statement) {
        List<Token> tokens = statement.tokens();
        int verb = 0;
        if (!tokens.isEmpty() && tokens.get(0).isWord("WITH")) {
            verb = Tokens.indexOfTopLevelWord(tokens, 1, "INSERT", "UPDATE", "DELETE", "MERGE", "SELECT");
            if (verb < 0) {
                return null;
            }
        }
        List<Token> rest = tokens.subList(verb, tokens.size());
        Cursor c = new Cursor(rest);
        Token table = null;
        if (c.words("INSERT", "INTO") || c.words("MERGE", "INTO")) {
            table = c.name();
        } else if (c.words("UPDATE")) {
            c.optional("ONLY");
            table = c.name();
        } else if (c.words("DELETE", "FROM")) {
            c.optional("ONLY");
            table = c.name();
        } else if (c.words("COPY")) {
            table = c.name();
            c.group();
            if (!c.words("FROM")) {
                table = null;
            }
        }
        return table == null ? null : new DataChange(rest.get(0), table, rest);
    }

    /** Tells whether the statement opens a transaction block: {@code BEGIN} (not {@code ATOMIC}) or
     *  {@code START TRANSACTION}. */
    static boolean beginsTransaction(SqlStatement statement) {
        return (statement.startsWith("BEGIN") && !statement.startsWith("BEGIN", "ATOMIC"))
                || statement.startsWith("START", "TRANSACTION");
    }

    /** Tells whether the statement ends a transaction block: {@code COMMIT}, {@code END}, {@code ROLLBACK},
     *  {@code ABORT}. */
    static boolean endsTransaction(SqlStatement statement) {
        return statement.startsWith("COMMIT") || statement.startsWith("END") || statement.startsWith("ROLLBACK")
                || statement.startsWith("ABORT");
    }

    /** Tells whether the statement only sets or resets a session parameter ({@code SET}, {@code RESET}). */
    static boolean isSetting(SqlStatement statement) {
        return statement.startsWith("SET") || statement.startsWith("RESET");
    }

    /**
     * Tells whether the statement is one that PostgreSQL runs concurrently and only outside a transaction block:
     * {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code REINDEX ... CONCURRENTLY}
     * or {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}.
     */
    static boolean isConcurrent(SqlStatement statement) {
        List<Token> tokens = statement.tokens();
        if (statement.startsWith("CREATE", "INDEX", "CONCURRENTLY")
                || statement.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")
                || statement.startsWith("DROP", "INDEX", "CONCURRENTLY")) {
            return true;
        }
        if (statement.startsWith("REINDEX")) {
            return tokens.stream().anyMatch(t -> t.isWord("CONCURRENTLY"));
        }
        if (statement.startsWith("ALTER", "TABLE")) {
            int detach = Tokens.indexOfSequence(tokens, 0, "DETACH", "PARTITION");
            return detach >= 0 && Tokens.indexOfSequence(tokens, detach, "CONCURRENTLY") >= 0;
        }
        return false;
    }

    /** Names a concurrent statement for messages, e.g. {@code CREATE UNIQUE INDEX CONCURRENTLY}. */
    static String concurrentLabel(SqlStatement statement) {
        if (statement.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")) {
            return statement.firstWords(4);
        }
        if (statement.startsWith("CREATE") || statement.startsWith("DROP")) {
            return statement.firstWords(3);
        }
        return statement.firstWords(1) + " ... CONCURRENTLY";
    }

    /** Tells whether the statement sets a non-zero {@code lock_timeout}: {@code SET [LOCAL|SESSION] lock_timeout}
     *  or {@code SELECT set_config('lock_timeout', ...)}. */
    static boolean setsLockTimeout(SqlStatement statement) {
        Cursor c = new Cursor(statement.tokens());
        if (c.words("SET")) {
            c.anyWord("LOCAL", "SESSION");
            if (!c.words("LOCK_TIMEOUT")) {
                return false;
            }
            if (!c.words("TO") && c.peek() != null && c.peek().text().equals("=")) {
                c.skip();
            }
            Token value = c.peek();
            return value != null && !isZero(value) && !value.isWord("DEFAULT");
        }
        List<Token> tokens = statement.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).isWord("set_config") && Tokens.isPunctuation(tokens.get(i + 1), "(")
                    && tokens.get(i + 2).text().equalsIgnoreCase("'lock_timeout'")) {
                return true;
            }
        }
        return false;
    }

    /** A column and the tokens of its data type, as a statement declares or changes it. */
    record TypedColumn(Token column, List<Token> type) {
    }

    /**
     * Returns the columns whose type a statement declares: the columns of {@code CREATE TABLE}, the columns added by
     * {@code ALTER TABLE ... ADD [COLUMN]} and the columns changed by {@code ALTER TABLE ... ALTER [COLUMN] ... TYPE}.
     */
    static List<TypedColumn> typedColumns(SqlStatement statement) {
        List<TypedColumn> columns = new ArrayList<>();
        CreateTable table = createTable(statement);
        if (table != null) {
            for (List<Token> element : table.elements()) {
                ColumnDefinition column = columnDefinition(element);
                if (column != null && !column.type().isEmpty()) {
                    columns.add(new TypedColumn(column.name(), column.type()));
                }
            }
            return columns;
        }
        AlterTable alter = alterTable(statement);
        if (alter != null) {
            for (List<Token> action : alter.actions()) {
                ColumnDefinition added = addedColumn(action);
                if (added != null && !added.type().isEmpty()) {
                    columns.add(new TypedColumn(added.name(), added.type()));
                }
                List<Token> altered = alteredType(action);
                if (altered != null && !altered.isEmpty()) {
                    columns.add(new TypedColumn(alteredColumn(action), altered));
                }
            }
        }
        return columns;
    }

    /** The column named by an {@code ALTER [COLUMN] name ...} action, or null. */
    static Token alteredColumn(List<Token> action) {
        Cursor c = new Cursor(action);
        if (!c.words("ALTER")) {
            return null;
        }
        c.optional("COLUMN");
        return c.name();
    }

    /**
     * Returns the tokens of the {@code DEFAULT} expression among a column's constraints, up to the next column
     * constraint; empty when there is none.
     */
    static List<Token> defaultExpression(List<Token> constraints) {
        int start = Tokens.indexOfTopLevelWord(constraints, 0, "DEFAULT");
        if (start < 0) {
            return List.of();
        }
        int end = Tokens.indexOfTopLevelWord(constraints, start + 1, COLUMN_CONSTRAINT_WORDS);
        return constraints.subList(start + 1, end < 0 ? constraints.size() : end);
    }

    /** Joins the texts of tokens with single spaces, dropping the spaces around punctuation, for messages. */
    static String show(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            boolean tight = previous != null && (Tokens.isPunctuation(t, "(") || Tokens.isPunctuation(t, ")")
                    || Tokens.isPunctuation(t, ",") || Tokens.isPunctuation(t, "[") || Tokens.isPunctuation(t, "]")
                    || Tokens.isPunctuation(previous, "(") || Tokens.isPunctuation(previous, "["));
            if (previous != null && !tight) {
                text.append(' ');
            }
            if (Tokens.isPunctuation(t, ",")) {
                text.append(", ");
                previous = null;
                continue;
            }
            text.append(t.text());
            previous = t;
        }
        return text.toString().replace(",  ", ", ").strip();
    }

    private static boolean isZero(Token value) {
        String text = value.text().replace("'", "").strip();
        return text.equals("0") || text.equals("0ms") || text.equals("0s");
    }
}
