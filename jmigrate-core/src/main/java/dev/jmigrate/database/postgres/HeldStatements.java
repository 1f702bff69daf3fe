package dev.jmigrate.database.postgres;

import dev.jmigrate.sql.SqlStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of steps that joined an open group and have not been sent yet, with the time they are allowed: each
 * step brings the time from its call to its deadline, and the batch gets their sum from the moment it is sent (a
 * batch of steps allowed one group-commit window each may run for as many windows).
 */
final class HeldStatements {
    /** How many statements are held before they are sent: a round trip per step cost more than the steps' work. */
    static final int SEND_AT = 32;

    private final List<SqlStatement> statements = new ArrayList<>();
    private Duration allowed = Duration.ZERO;
    private boolean unlimited;

    /** Holds a step's statements; a null deadline lifts the batch's limit. */
    void add(List<SqlStatement> step, Instant deadline) {
        statements.addAll(step);
        if (deadline == null) {
            unlimited = true;
        } else {
            Duration left = Duration.between(Instant.now(), deadline);
            allowed = allowed.plus(left.isNegative() ? Duration.ZERO : left);
        }
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }

    boolean full() {
        return statements.size() >= SEND_AT;
    }

    List<SqlStatement> statements() {
        return List.copyOf(statements);
    }

    /** When a batch of the held statements sent now must be over; null for no limit. */
    Instant deadline() {
        return unlimited ? null : Instant.now().plus(allowed);
    }

    void clear() {
        statements.clear();
        allowed = Duration.ZERO;
        unlimited = false;
    }
}
