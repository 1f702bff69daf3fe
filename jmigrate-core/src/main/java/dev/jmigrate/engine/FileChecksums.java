package dev.jmigrate.engine;

import dev.jmigrate.source.Checksum;
import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import dev.jmigrate.source.Migrations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The checksums of the folder's up files, each read and hashed once. Safe for use by several threads; two threads
 * asking for the same file at once may both hash it.
 */
final class FileChecksums {
    private final Migrations migrations;
    private final Map<Long, String> known = new ConcurrentHashMap<>();

    FileChecksums(Migrations migrations) {
        this.migrations = migrations;
    }

    /**
     * The checksum of a version's up file; empty when it has none.
     *
     * @throws dev.jmigrate.source.SourceException when the file cannot be read
     */
    Optional<String> of(long version) {
        String checksum = known.get(version);
        if (checksum != null) {
            return Optional.of(checksum);
        }
        Optional<MigrationFile> file = migrations.file(version, Direction.UP);
        file.ifPresent(f -> known.put(version, Checksum.of(migrations.source().read(f))));
        return Optional.ofNullable(known.get(version));
    }

    /**
     * Hashes up files, lowest version first (the ones most likely applied), for as long as {@code waiting} says the
     * time would otherwise be spent waiting. A file that cannot be read stops it quietly: that is reported if and when
     * its checksum is asked for.
     */
    void hashWhile(BooleanSupplier waiting) {
        List<Long> versions = migrations.versions();
        for (int i = 0; i < versions.size() && waiting.getAsBoolean(); i++) {
            try {
                of(versions.get(i));
            } catch (RuntimeException unreadable) {
                return;
            }
        }
    }
}
