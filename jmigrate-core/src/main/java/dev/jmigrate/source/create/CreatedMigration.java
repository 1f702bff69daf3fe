package dev.jmigrate.source.create;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The pair of empty migration files made by {@link MigrationFileCreator#create}.
 *
 * @param version the version prefix of both file names, such as {@code 000042} or {@code 20240309070503}
 * @param up the absolute, normalised path of the {@code .up} file, created first
 * @param down the absolute, normalised path of the {@code .down} file
 */
public record CreatedMigration(String version, Path up, Path down) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public CreatedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(up, "up");
        Objects.requireNonNull(down, "down");
    }
}
