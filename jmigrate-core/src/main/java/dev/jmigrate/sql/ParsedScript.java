package dev.jmigrate.sql;

import java.util.List;
import java.util.Objects;

/**
 * A migration file split into statements and classified.
 *
 * @param statements  the statements in file order, indexed from 0
 * @param transaction whether the whole file may run inside one transaction
 */
public record ParsedScript(List<SqlStatement> statements, TransactionRequirement transaction) {

    /**
     * Checks the components and makes the list an unmodifiable copy.
     *
     * @throws NullPointerException when a component or a list element is null
     */
    public ParsedScript {
        statements = List.copyOf(statements);
        Objects.requireNonNull(transaction, "transaction");
    }

    /**
     * Tells whether the file has no statements.
     *
     * @return {@code true} for an empty, whitespace-only or comment-only file
     */
    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
