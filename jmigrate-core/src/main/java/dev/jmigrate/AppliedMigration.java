package dev.jmigrate;

import dev.jmigrate.source.Direction;
import java.time.Duration;

/**
 * A migration that ran.
 *
 * @param version its version
 * @param direction up or down
 * @param title the title from the file name; empty for a nil migration (no file for this direction)
 * @param file the file's name, or null for a nil migration
 * @param read time spent reading and parsing the file
 * @param ran time spent running it, version update included; for migrations that shared a commit (group commit),
 *     whose statements may have been sent in one batch, an equal share of the group's time from its first start to
 *     its commit
 * @param execution {@code transaction}, {@code statements} or {@code none}
 */
public record AppliedMigration(long version, Direction direction, String title, String file, Duration read,
                               Duration ran, String execution) {

    /** Whether a file ran (false for a nil migration). */
    public boolean hasFile() {
        return file != null;
    }

    /** Time from the start of reading to the end of running. */
    public Duration total() {
        return read.plus(ran);
    }
}
