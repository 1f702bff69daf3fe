package dev.jmigrate;

import dev.jmigrate.database.VersionState;
import java.util.List;

/**
 * What an operation would do, computed without changing the database.
 *
 * @param from the current version
 * @param migrations the migrations that would run, in order
 * @param shortBy for {@code steps(n)}: how many steps the source lacks (0 when it has enough)
 */
public record MigrationPlan(VersionState from, List<PlannedMigration> migrations, long shortBy) {
    public MigrationPlan {
        migrations = List.copyOf(migrations);
    }

    /** Whether nothing would run. */
    public boolean isNoChange() {
        return migrations.isEmpty();
    }
}
