package dev.jmigrate;

import dev.jmigrate.source.Direction;
import java.util.List;

/**
 * A migration an operation will run, as {@code --dry-run} shows it.
 *
 * @param version its version
 * @param direction up or down
 * @param title the title, empty for a nil migration
 * @param file the file's path, or null for a nil migration
 * @param targetVersion the version recorded after it
 * @param transactional whether it runs in one transaction with its version update
 * @param transactionReason why it cannot run in a transaction, or null
 * @param statements its statements (filled by a dry run; empty otherwise)
 * @param outOfOrder whether it is a lower version applied late
 */
public record PlannedMigration(long version, Direction direction, String title, String file, long targetVersion,
                               boolean transactional, String transactionReason, List<String> statements,
                               boolean outOfOrder) {
    public PlannedMigration {
        statements = List.copyOf(statements);
    }
}
