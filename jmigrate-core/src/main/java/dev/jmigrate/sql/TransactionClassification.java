package dev.jmigrate.sql;

import java.util.function.Consumer;

/**
 * Accumulates a file's {@link TransactionRequirement} while its statements are produced (while their tokens are
 * still in the processor cache): the marker first, then the first statement the classifier objects to.
 */
final class TransactionClassification implements Consumer<SqlStatement> {
    private final StatementClassifier classifier;
    private TransactionRequirement result;

    TransactionClassification(String sql, StatementClassifier classifier) {
        this.classifier = classifier;
        if (NoTransactionMarker.isPresent(sql)) {
            result = TransactionRequirement.outsideTransaction(NoTransactionMarker.REASON, 1);
        }
    }

    /** Classifies the next statement unless a cause was already found. */
    @Override
    public void accept(SqlStatement statement) {
        if (result == null) {
            String reason = classifier.reasonFor(statement);
            if (reason != null) {
                result = TransactionRequirement.outsideTransaction(reason, statement.line());
            }
        }
    }

    /** Returns the requirement of the statements seen so far. */
    TransactionRequirement result() {
        return result != null ? result : TransactionRequirement.inTransaction();
    }
}
