package dev.jmigrate.sql;

/**
 * Whether a whole migration file may run inside one transaction, and if not, why.
 *
 * @param transactional {@code true} when the whole file may run inside one transaction
 * @param reason        {@code null} when transactional; otherwise a short human sentence naming the cause, e.g.
 *                      {@code "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"}
 * @param line          0 when transactional; otherwise the 1-based file line of the cause
 */
public record TransactionRequirement(boolean transactional, String reason, int line) {

    private static final TransactionRequirement TRANSACTIONAL = new TransactionRequirement(true, null, 0);

    /**
     * Checks that the components agree.
     *
     * @throws IllegalArgumentException when a transactional requirement has a reason or a line, or a
     *                                  non-transactional one has a blank or null reason or a line below 1
     */
    public TransactionRequirement {
        if (transactional ? reason != null || line != 0 : reason == null || reason.isBlank() || line < 1) {
            throw new IllegalArgumentException("inconsistent transaction requirement: " + transactional + ", "
                    + reason + ", " + line);
        }
    }

    /**
     * Returns the requirement of a file that may run inside one transaction.
     *
     * @return {@code (true, null, 0)}
     */
    public static TransactionRequirement inTransaction() {
        return TRANSACTIONAL;
    }

    /**
     * Returns the requirement of a file that must run outside a transaction.
     *
     * @param reason a short human sentence naming the cause
     * @param line   the 1-based line of the cause
     * @return {@code (false, reason, line)}
     * @throws IllegalArgumentException when {@code reason} is null or blank or {@code line} is below 1
     */
    public static TransactionRequirement outsideTransaction(String reason, int line) {
        return new TransactionRequirement(false, reason, line);
    }
}
