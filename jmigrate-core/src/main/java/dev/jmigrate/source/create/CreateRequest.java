package dev.jmigrate.source.create;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What golang-migrate's {@code create [-ext E] [-dir D] [-seq] [-digits N] NAME} asks for. Constructing a request
 * performs golang-migrate's first two checks, in its order, so a CLI that builds the request right after parsing
 * its flags reports them first; {@code -digits} is checked later by {@link MigrationFileCreator#create}, at the
 * point golang-migrate checks it.
 *
 * @param dir the {@code -dir} value: the directory for the files, relative to the creator's working directory
 *     unless absolute; null or empty means the working directory itself. It is cleaned lexically as Go's
 *     {@code filepath.Clean} does ({@code ./a//b/} is {@code a/b}) and created if missing
 * @param name the migration name placed between version and direction; null means none was given. Any other
 *     text, even empty, is used as it is, as golang-migrate does
 * @param extension the {@code -ext} value, with or without one leading dot ({@code sql} and {@code .sql} both
 *     give {@code .sql})
 * @param sequential true for {@code -seq}: the version is the next number after the last existing migration
 * @param digits the {@code -digits} value: in sequential mode the zero-padded width of the version, which must
 *     be positive; ignored otherwise
 * @param timestampVersion in timestamp mode, the version to use (golang-migrate's start time formatted with
 *     {@code -format}); called once, only in timestamp mode, at the point golang-migrate computes the version,
 *     so an exception it throws surfaces there; must not return null. Ignored (may be null) in sequential mode
 */
public record CreateRequest(
        String dir,
        String name,
        String extension,
        boolean sequential,
        int digits,
        Supplier<String> timestampVersion) {

    /** golang-migrate's default for {@code -digits}. */
    public static final int DEFAULT_DIGITS = 6;

    /**
     * Checks the request as golang-migrate does before anything else.
     *
     * @throws MigrationCreateException {@code please specify name} if {@code name} is null, then
     *     {@code -ext flag must be specified} if {@code extension} is null or empty
     * @throws NullPointerException if not sequential and {@code timestampVersion} is null
     */
    public CreateRequest {
        if (name == null) {
            throw new MigrationCreateException("please specify name");
        }
        if (extension == null || extension.isEmpty()) {
            throw new MigrationCreateException("-ext flag must be specified");
        }
        if (!sequential) {
            Objects.requireNonNull(timestampVersion, "timestampVersion");
        }
    }

    /**
     * A request for sequentially numbered files ({@code -seq}).
     *
     * @param dir see {@link #dir()}
     * @param name see {@link #name()}
     * @param extension see {@link #extension()}
     * @param digits see {@link #digits()}
     * @return the request
     * @throws MigrationCreateException as the canonical constructor
     */
    public static CreateRequest forSequence(String dir, String name, String extension, int digits) {
        return new CreateRequest(dir, name, extension, true, digits, null);
    }

    /**
     * A request for files versioned by an already formatted timestamp.
     *
     * @param dir see {@link #dir()}
     * @param name see {@link #name()}
     * @param extension see {@link #extension()}
     * @param version the version; not null
     * @return the request
     * @throws MigrationCreateException as the canonical constructor
     * @throws NullPointerException if {@code version} is null
     */
    public static CreateRequest forTimestamp(String dir, String name, String extension, String version) {
        Objects.requireNonNull(version, "version");
        return new CreateRequest(dir, name, extension, false, DEFAULT_DIGITS, () -> version);
    }
}
