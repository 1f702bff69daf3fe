package dev.jmigrate.source;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Migration files in one folder of the file system; sub-folders and other files are ignored. */
public final class DirectorySource implements MigrationSource {
    private static final ThreadLocal<byte[]> CHUNKS = ThreadLocal.withInitial(() -> new byte[8192]);
    private final Path directory;
    private final File directoryFile;

    /** A source reading {@code directory}, made absolute against the working directory. */
    public DirectorySource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.directoryFile = this.directory.toFile();
    }

    /** The folder, absolute and normalised. */
    public Path directory() {
        return directory;
    }

    @Override
    public String location() {
        return directory.toString();
    }

    /**
     * The migration files, in the order the folder lists them. As in golang-migrate, an entry is skipped when it is a
     * folder (not following links), whatever its name. Names are read as strings ({@link File#list()}, no {@code Path}
     * per entry) and matched first; a match costs a {@code stat} only when the folder may hold sub-folders.
     */
    @Override
    public List<MigrationFile> list() {
        requireDirectory();
        String[] names = directoryFile.list();
        if (names == null) {
            throw new SourceException("cannot list the migrations folder " + directory
                    + ": it is not readable (check its permissions)");
        }
        boolean checkEach = mayHoldSubfolders();
        List<MigrationFile> files = new ArrayList<>(names.length);
        for (String name : names) {
            Optional<MigrationFile> file = MigrationFileName.parse(name);
            if (file.isPresent() && !(checkEach && Files.isDirectory(directory.resolve(name), LinkOption.NOFOLLOW_LINKS))) {
                files.add(file.get());
            }
        }
        return files;
    }

    /**
     * False when the folder's link count is 2, which on the file systems that keep the count (ext4, xfs, tmpfs and
     * the like: two plus one per sub-folder) means it has no sub-folder, and saves a {@code stat} per file: with 20,000
     * files those were most of the time it takes to list them. Where the count is kept otherwise (btrfs and overlayfs's
     * merged folders say 1, some file systems count every entry) or not at all, every entry is checked.
     */
    private boolean mayHoldSubfolders() {
        try {
            return !Integer.valueOf(2).equals(Files.getAttribute(directory, "unix:nlink"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * The file's bytes. Read through {@link FileInputStream} into a buffer kept per thread: {@code status} reads every
     * applied file, in a JVM that has just started, and there this takes 0.92 × the time of {@code Files.readAllBytes}
     * (bench's {@code HashFolderBenchmark}, which hashes the files too).
     */
    @Override
    public byte[] read(MigrationFile file) {
        File path = new File(directoryFile, file.name());
        try (FileInputStream in = new FileInputStream(path)) {
            return readAll(in);
        } catch (FileNotFoundException e) {
            if (!path.exists()) {
                throw new SourceException("migration file " + path + " disappeared while migrating", e);
            }
            throw new SourceException("cannot read migration file " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceException("cannot read migration file " + path + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(FileInputStream in) throws IOException {
        byte[] chunk = CHUNKS.get();
        int n = in.readNBytes(chunk, 0, chunk.length);
        if (n < chunk.length) {
            return Arrays.copyOf(chunk, n);
        }
        byte[] rest = in.readAllBytes();
        byte[] content = Arrays.copyOf(chunk, n + rest.length);
        System.arraycopy(rest, 0, content, n, rest.length);
        return content;
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
