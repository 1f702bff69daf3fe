package dev.jmigrate.sql;

/** A dialect's rule for statements that keep a file from running inside one transaction. */
@FunctionalInterface
interface StatementClassifier {

    /**
     * Returns why the statement keeps its file out of a transaction.
     *
     * @param statement a statement of the file
     * @return a short human sentence, or {@code null} when the statement may run inside a transaction
     */
    String reasonFor(SqlStatement statement);

    /** Returns the reason for a transaction-control statement, e.g. {@code "... (BEGIN at line 3)"}. */
    static String managesOwnTransaction(String keywords, int line) {
        return "the file manages its own transaction (" + keywords + " at line " + line + ")";
    }
}
