package dev.jmigrate.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The versions of a source, sorted as unsigned numbers, with the up and down file of each.
 * A version may have only one of the two files (a "nil migration": the version is recorded, no SQL runs).
 */
public final class Migrations {
    private final MigrationSource source;
    private final long[] versions;
    private final Map<Long, MigrationFile> ups;
    private final Map<Long, MigrationFile> downs;

    private Migrations(MigrationSource source, long[] versions, Map<Long, MigrationFile> ups, Map<Long, MigrationFile> downs) {
        this.source = source;
        this.versions = versions;
        this.ups = ups;
        this.downs = downs;
    }

    /**
     * Lists a source and indexes it.
     *
     * @throws SourceException when two files have the same version and direction
     */
    public static Migrations load(MigrationSource source) {
        Map<Long, MigrationFile> ups = new HashMap<>();
        Map<Long, MigrationFile> downs = new HashMap<>();
        for (MigrationFile file : source.list()) {
            Map<Long, MigrationFile> index = file.direction() == Direction.UP ? ups : downs;
            MigrationFile earlier = index.putIfAbsent(file.version(), file);
            if (earlier != null) {
                throw duplicate(source, earlier, file);
            }
        }
        long[] versions = java.util.stream.LongStream.concat(
                        ups.keySet().stream().mapToLong(Long::longValue), downs.keySet().stream().mapToLong(Long::longValue))
                .distinct()
                .boxed()
                .sorted(Long::compareUnsigned)
                .mapToLong(Long::longValue)
                .toArray();
        return new Migrations(source, versions, ups, downs);
    }

    private static SourceException duplicate(MigrationSource source, MigrationFile earlier, MigrationFile later) {
        return new SourceException("duplicate migration file: " + later.name() + " and " + earlier.name()
                + " are both version " + Long.toUnsignedString(later.version()) + " " + later.direction().word()
                + " in " + source.location() + "; rename one of them to a free version");
    }

    public MigrationSource source() {
        return source;
    }

    public boolean isEmpty() {
        return versions.length == 0;
    }

    /** All versions, ascending (unsigned order). */
    public List<Long> versions() {
        return Arrays.stream(versions).boxed().toList();
    }

    public boolean contains(long version) {
        return indexOf(version) >= 0;
    }

    public OptionalLong first() {
        return versions.length == 0 ? OptionalLong.empty() : OptionalLong.of(versions[0]);
    }

    public OptionalLong last() {
        return versions.length == 0 ? OptionalLong.empty() : OptionalLong.of(versions[versions.length - 1]);
    }

    /** The version after {@code version}, which must be in the source. */
    public OptionalLong next(long version) {
        int i = indexOf(version);
        return i >= 0 && i + 1 < versions.length ? OptionalLong.of(versions[i + 1]) : OptionalLong.empty();
    }

    /** The version before {@code version}, which must be in the source. */
    public OptionalLong previous(long version) {
        int i = indexOf(version);
        return i > 0 ? OptionalLong.of(versions[i - 1]) : OptionalLong.empty();
    }

    /** The greatest version of the source below {@code version} (which need not be in the source). */
    public OptionalLong below(long version) {
        OptionalLong result = OptionalLong.empty();
        for (long v : versions) {
            if (Long.compareUnsigned(v, version) >= 0) {
                break;
            }
            result = OptionalLong.of(v);
        }
        return result;
    }

    /** The file for a version and direction; empty for a nil migration or an unknown version. */
    public Optional<MigrationFile> file(long version, Direction direction) {
        return Optional.ofNullable((direction == Direction.UP ? ups : downs).get(version));
    }

    /** The title of a version: the up file's, else the down file's, else empty. */
    public String title(long version) {
        return file(version, Direction.UP).or(() -> file(version, Direction.DOWN)).map(MigrationFile::title).orElse("");
    }

    private int indexOf(long version) {
        int low = 0;
        int high = versions.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = Long.compareUnsigned(versions[mid], version);
            if (cmp == 0) {
                return mid;
            }
            if (cmp < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }
}
