package dev.jmigrate.source;

import java.util.List;

/**
 * Where migration files come from: a folder, or a location on the class path.
 *
 * <p>Implementations list the files whose names follow the migration grammar ({@link MigrationFileName})
 * and ignore everything else; they do not check for duplicates (see {@link Migrations}).
 */
public interface MigrationSource {

    /** The location for messages, e.g. the absolute folder path; never contains credentials. */
    String location();

    /**
     * The migration files of this source, in no particular order ({@link Migrations} sorts the versions).
     *
     * @throws SourceException when the location does not exist or cannot be read
     */
    List<MigrationFile> list();

    /**
     * The raw bytes of a file returned by {@link #list()}.
     *
     * @throws SourceException when the file cannot be read
     */
    byte[] read(MigrationFile file);

    /** The path of a file for messages: the location joined with the file name. */
    default String pathOf(MigrationFile file) {
        return location() + "/" + file.name();
    }
}
