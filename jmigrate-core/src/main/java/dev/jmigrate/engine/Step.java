package dev.jmigrate.engine;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;

/**
 * One migration to run.
 *
 * @param version the migration's version
 * @param direction up or down
 * @param file the file, or null for a nil migration (the version is recorded, nothing runs)
 * @param title the title for progress lines
 * @param targetVersion the version recorded after it
 * @param outOfOrder whether it is a lower version applied late
 */
record Step(long version, Direction direction, MigrationFile file, String title, long targetVersion, boolean outOfOrder) {
}
