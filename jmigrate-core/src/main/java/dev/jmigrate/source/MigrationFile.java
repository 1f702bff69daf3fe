package dev.jmigrate.source;

import java.util.Objects;

/**
 * One migration file of a source.
 *
 * @param version the version, an unsigned 64-bit number stored in a {@code long}; compare with
 *     {@link Long#compareUnsigned} and print with {@link Long#toUnsignedString(long)}
 * @param title the part of the name between the version and the direction (may be empty)
 * @param direction up or down
 * @param name the file name, e.g. {@code 000001_init_schema.up.sql}
 */
public record MigrationFile(long version, String title, Direction direction, String name) {
    public MigrationFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(name, "name");
    }
}
