package dev.jmigrate.source.create;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * golang-migrate's {@code create} command as a library: makes the empty pair
 * {@code <version>_<name>.up<ext>} and {@code <version>_<name>.down<ext>} in a directory, with the same
 * version numbering, checks, error messages and order of steps as golang-migrate.
 *
 * <p>Paths follow Go's rules on Unix: the directory is cleaned lexically like {@code filepath.Clean}, and
 * golang-migrate's {@code filepath.Glob} look-ups are reproduced for patterns whose wildcards come from the
 * extension or version; wildcard characters in the directory itself are taken literally (Go would expand
 * them).
 */
public final class MigrationFileCreator {

    /** The widest width Go's {@code fmt} accepts; a wider one prints {@link #BAD_WIDTH} instead of padding. */
    private static final int MAX_FORMAT_WIDTH = 1_000_000;
    private static final String BAD_WIDTH = "%!(BADWIDTH)";

    private final Path workingDirectory;

    /** A creator that resolves relative directories against the process's current directory. */
    public MigrationFileCreator() {
        this(Path.of("").toAbsolutePath());
    }

    /**
     * A creator that resolves relative directories against {@code workingDirectory}, as golang-migrate resolves
     * them against its current directory.
     *
     * @param workingDirectory an absolute directory
     * @throws IllegalArgumentException if {@code workingDirectory} is not absolute
     */
    public MigrationFileCreator(Path workingDirectory) {
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("working directory must be absolute: " + workingDirectory);
        }
        this.workingDirectory = workingDirectory;
    }

    /**
     * Creates a migration's up and down files, in golang-migrate's order of steps:
     * <ol>
     *   <li>the extension gets exactly one leading dot and the directory is cleaned;</li>
     *   <li>the version: in sequential mode, the entries of the directory ending in the extension (Go's glob
     *       {@code *<ext>}) are sorted by name and the last one's name up to its first {@code _} is read as an
     *       unsigned number; the version is that number plus one (1 if there are none), zero-padded to
     *       {@code digits}. In timestamp mode it is {@link CreateRequest#timestampVersion()}'s result;</li>
     *   <li>no entry may match {@code <version>_*<ext>};</li>
     *   <li>the directory and its parents are created if missing;</li>
     *   <li>the up file, then the down file, is created empty, failing if it already exists. A failure on the
     *       down file leaves the up file in place, as golang-migrate does.</li>
     * </ol>
     *
     * @param request what to create
     * @return the version and the absolute paths of the two files
     * @throws MigrationCreateException with golang-migrate's message: {@code digits must be positive};
     *     {@code malformed migration filename: <dir>/<name>} when the last name has no {@code _} or starts with
     *     it; {@code strconv.ParseUint: parsing "<prefix>": invalid syntax} (or {@code value out of range});
     *     {@code next sequence number <n> too large, at most <digits> digits are allowed};
     *     {@code duplicate migration version: <version>}; {@code syntax error in pattern} when the extension or
     *     version is not valid Go glob syntax
     * @throws FileAlreadyExistsException if a file to create exists; its message is Go's
     *     {@code open <path>: file exists}
     * @throws IOException if the directory or a file cannot be created; for a path the platform cannot
     *     represent, with Go's message {@code mkdir <dir>: invalid argument} or {@code open <path>: invalid argument}
     * @throws RuntimeException whatever the request's timestamp version supplier throws
     */
    public CreatedMigration create(CreateRequest request) throws IOException {
        String dir = GoFilepath.clean(request.dir() == null ? "" : request.dir());
        String ext = withOneLeadingDot(request.extension());
        String version = request.sequential()
                ? nextSequenceVersion(dir, ext, request.digits())
                : Objects.requireNonNull(request.timestampVersion().get(), "timestamp version");
        requireNewVersion(dir, version, ext);
        makeDirectories(dir);
        Path up = createEmptyFile(GoFilepath.join(dir, fileName(version, request.name(), "up", ext)));
        Path down = createEmptyFile(GoFilepath.join(dir, fileName(version, request.name(), "down", ext)));
        return new CreatedMigration(version, up, down);
    }

    private static String withOneLeadingDot(String extension) {
        return extension.startsWith(".") ? extension : "." + extension;
    }

    private String nextSequenceVersion(String dir, String ext, int digits) {
        List<String> matches = GoFilepath.glob(GoFilepath.join(dir, "*" + ext), workingDirectory);
        if (digits <= 0) {
            throw new MigrationCreateException("digits must be positive");
        }
        long next = matches.isEmpty() ? 1 : sequenceNumber(matches.get(matches.size() - 1)) + 1;
        return zeroPadded(Long.toUnsignedString(next), digits);
    }

    /** The unsigned number before the first {@code _} of the file name at the end of {@code path}. */
    private static long sequenceNumber(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int underscore = name.indexOf('_');
        if (underscore < 1) {
            throw new MigrationCreateException("malformed migration filename: " + path);
        }
        return GoStrconv.parseUint(name.substring(0, underscore));
    }

    private static String zeroPadded(String number, int digits) {
        if (digits > MAX_FORMAT_WIDTH) {
            return BAD_WIDTH + number;
        }
        String version = "0".repeat(Math.max(0, digits - number.length())) + number;
        if (version.length() > digits) {
            throw new MigrationCreateException(
                    "next sequence number " + version + " too large, at most " + digits + " digits are allowed");
        }
        return version;
    }

    private void requireNewVersion(String dir, String version, String ext) {
        if (!GoFilepath.glob(GoFilepath.join(dir, version + "_*" + ext), workingDirectory).isEmpty()) {
            throw new MigrationCreateException("duplicate migration version: " + version);
        }
    }

    private void makeDirectories(String dir) throws IOException {
        Path path = resolve(dir, "mkdir");
        if (!Files.isDirectory(path)) {
            Files.createDirectories(path);
        }
    }

    private Path createEmptyFile(String file) throws IOException {
        try {
            Files.createFile(resolve(file, "open"));
        } catch (FileAlreadyExistsException e) {
            FileAlreadyExistsException goStyle = new FileAlreadyExistsException(null, null,
                    "open " + file + ": file exists");
            goStyle.initCause(e);
            throw goStyle;
        }
        return Path.of(file.startsWith("/") ? file : GoFilepath.join(workingDirectory.toString(), file));
    }

    private Path resolve(String path, String operation) throws IOException {
        try {
            return workingDirectory.resolve(path);
        } catch (InvalidPathException e) {
            throw new IOException(operation + " " + path + ": invalid argument", e);
        }
    }

    private static String fileName(String version, String name, String direction, String ext) {
        return version + "_" + name + "." + direction + ext;
    }
}
