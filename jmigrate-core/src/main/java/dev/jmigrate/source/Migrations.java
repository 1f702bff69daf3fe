package dev.jmigrate.source;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The versions of a source, sorted as unsigned numbers, with the up and down file of each.
 * A version may have only one of the two files (a "nil migration": the version is recorded, no SQL runs).
 */
public final class Migrations {
    private final MigrationSource source;
    private final long[] versions;
    private final MigrationFile[] ups;
    private final MigrationFile[] downs;

    /** The files of each version are at the version's index in {@code versions}, null where it has none. */
    private Migrations(MigrationSource source, long[] versions, MigrationFile[] ups, MigrationFile[] downs) {
        this.source = source;
        this.versions = versions;
        this.ups = ups;
        this.downs = downs;
    }

    /**
     * Lists a source and indexes it: sorted arrays searched by halves rather than hash maps, which with 20,000 files
     * spent most of their time boxing versions.
     *
     * @throws SourceException when two files have the same version and direction
     */
    public static Migrations load(MigrationSource source) {
        List<MigrationFile> files = source.list();
        long[] versions = unsignedSortedDistinct(files);
        MigrationFile[] ups = new MigrationFile[versions.length];
        MigrationFile[] downs = new MigrationFile[versions.length];
        for (MigrationFile file : files) {
            MigrationFile[] index = file.direction() == Direction.UP ? ups : downs;
            int i = indexOf(versions, file.version());
            if (index[i] != null) {
                throw duplicate(source, files, file);
            }
            index[i] = file;
        }
        return new Migrations(source, versions, ups, downs);
    }

    private static long[] unsignedSortedDistinct(List<MigrationFile> files) {
        long[] keys = new long[files.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = files.get(i).version() ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        int count = 0;
        for (long key : keys) {
            if (count == 0 || key != keys[count - 1]) {
                keys[count++] = key;
            }
        }
        for (int i = 0; i < count; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
        return Arrays.copyOf(keys, count);
    }

    /** The two first names, in name order, of the files sharing {@code clash}'s version and direction. */
    private static SourceException duplicate(MigrationSource source, List<MigrationFile> files, MigrationFile clash) {
        List<String> names = files.stream()
                .filter(f -> f.version() == clash.version() && f.direction() == clash.direction())
                .map(MigrationFile::name)
                .sorted()
                .toList();
        return new SourceException("duplicate migration file: " + names.get(1) + " and " + names.get(0)
                + " are both version " + Long.toUnsignedString(clash.version()) + " " + clash.direction().word()
                + " in " + source.location() + "; rename one of them to a free version");
    }

    /** Where the migrations were listed from, and where their files are read. */
    public MigrationSource source() {
        return source;
    }

    /** Whether the source holds no migration. */
    public boolean isEmpty() {
        return versions.length == 0;
    }

    /** All versions, ascending (unsigned order). */
    public List<Long> versions() {
        return Arrays.stream(versions).boxed().toList();
    }

    /** Whether the source has an up or a down file of {@code version}. */
    public boolean contains(long version) {
        return indexOf(versions, version) >= 0;
    }

    /** The lowest version (unsigned order); empty when there is none. */
    public OptionalLong first() {
        return versions.length == 0 ? OptionalLong.empty() : OptionalLong.of(versions[0]);
    }

    /** The highest version (unsigned order); empty when there is none. */
    public OptionalLong last() {
        return versions.length == 0 ? OptionalLong.empty() : OptionalLong.of(versions[versions.length - 1]);
    }

    /** The version after {@code version}, which must be in the source. */
    public OptionalLong next(long version) {
        int i = indexOf(versions, version);
        return i >= 0 && i + 1 < versions.length ? OptionalLong.of(versions[i + 1]) : OptionalLong.empty();
    }

    /** The version before {@code version}, which must be in the source. */
    public OptionalLong previous(long version) {
        int i = indexOf(versions, version);
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
        int i = indexOf(versions, version);
        return i < 0 ? Optional.empty() : Optional.ofNullable((direction == Direction.UP ? ups : downs)[i]);
    }

    /** The title of a version: the up file's, else the down file's, else empty. */
    public String title(long version) {
        return file(version, Direction.UP).or(() -> file(version, Direction.DOWN)).map(MigrationFile::title).orElse("");
    }

    /** The index of {@code version} in the unsigned-sorted {@code versions}; negative when absent. */
    private static int indexOf(long[] versions, long version) {
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
