package dev.jmigrate.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Migration files in one folder of the file system; sub-folders and other files are ignored. */
public final class DirectorySource implements MigrationSource {
    private final Path directory;

    /** A source reading {@code directory}, made absolute against the working directory. */
    public DirectorySource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String location() {
        return directory.toString();
    }

    /**
     * The migration files, in the order the folder lists them. Names are read as strings ({@link File#list()}, no
     * {@code Path} per entry) and matched before any file is looked at, so that only migrations cost a {@code stat}.
     */
    @Override
    public List<MigrationFile> list() {
        requireDirectory();
        String[] names = directory.toFile().list();
        if (names == null) {
            throw new SourceException("cannot list the migrations folder " + directory
                    + ": it is not readable (check its permissions)");
        }
        List<MigrationFile> files = new ArrayList<>(names.length);
        for (String name : names) {
            Optional<MigrationFile> file = MigrationFileName.parse(name);
            if (file.isPresent() && Files.isRegularFile(directory.resolve(name))) {
                files.add(file.get());
            }
        }
        return files;
    }

    @Override
    public byte[] read(MigrationFile file) {
        Path path = directory.resolve(file.name());
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceException("migration file " + path + " disappeared while migrating", e);
        } catch (IOException e) {
            throw new SourceException("cannot read migration file " + path + ": " + e.getMessage(), e);
        }
    }

    private void requireDirectory() {
        if (!Files.exists(directory)) {
            throw new SourceException("the migrations folder " + directory + " does not exist; "
                    + "point -path (or MIGRATION_DIR) at the folder that holds the {version}_{title}.up.sql files, "
                    + "or create the first migration with: migrate create -ext sql -dir " + directory + " -seq init");
        }
        if (!Files.isDirectory(directory)) {
            throw new SourceException(directory + " is a file, not a folder; -path must name the folder "
                    + "that holds the {version}_{title}.up.sql and .down.sql files");
        }
    }
}
