package dev.jmigrate.lint;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link FolderRule}s see: the names of the files in a migrations folder, the migration files among them with
 * their contents, and what the database said about them when one was given.
 */
public final class LintFolder {
    private final String path;
    private final List<String> fileNames;
    private final List<MigrationFile> migrations;
    private final Map<String, byte[]> contents;
    private final Map<String, MigrationScript> scripts;
    private final Set<Long> modifiedVersions;
    private final LintConfig config;

    LintFolder(String path, List<String> fileNames, List<MigrationFile> migrations, Map<String, byte[]> contents,
               Map<String, MigrationScript> scripts, Set<Long> modifiedVersions, LintConfig config) {
        this.path = Objects.requireNonNull(path, "path");
        this.fileNames = List.copyOf(fileNames);
        this.migrations = List.copyOf(migrations);
        this.contents = Map.copyOf(contents);
        this.scripts = Map.copyOf(scripts);
        this.modifiedVersions = Set.copyOf(modifiedVersions);
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Returns the folder as it was given to the linter.
     *
     * @return the folder path for messages
     */
    public String path() {
        return path;
    }

    /**
     * Returns the names of the regular files in the folder, migrations or not, in name order; hidden files (names
     * starting with {@code .}) and the lint configuration file are left out.
     *
     * @return the file names
     */
    public List<String> fileNames() {
        return fileNames;
    }

    /**
     * Returns the files whose names follow golang-migrate's grammar, in name order, duplicates included.
     *
     * @return the migration files
     */
    public List<MigrationFile> migrations() {
        return migrations;
    }

    /**
     * Returns the raw content of a migration file.
     *
     * @param file one of {@link #migrations()}
     * @return a copy of its bytes
     * @throws IllegalArgumentException when the file is not one of {@link #migrations()}
     */
    public byte[] content(MigrationFile file) {
        byte[] bytes = contents.get(file.name());
        if (bytes == null) {
            throw new IllegalArgumentException("not a migration of " + path + ": " + file.name());
        }
        return bytes.clone();
    }

    /**
     * Returns the parsed statements of a migration file.
     *
     * @param file one of {@link #migrations()}
     * @return the file's script, or empty when the file is not valid UTF-8
     */
    public Optional<MigrationScript> script(MigrationFile file) {
        return Optional.ofNullable(scripts.get(file.name()));
    }

    /**
     * Returns the file a finding about a whole version points at.
     *
     * @param version a version of {@link #migrations()}
     * @return the first up file of the version in name order, else its first down file, else empty
     */
    public Optional<MigrationFile> representative(long version) {
        Optional<MigrationFile> up = migrations.stream()
                .filter(f -> f.version() == version && f.direction() == Direction.UP).findFirst();
        return up.isPresent() ? up : migrations.stream().filter(f -> f.version() == version).findFirst();
    }

    /**
     * Returns the applied versions whose up file changed since they were applied.
     *
     * @return the versions the database reported as modified; empty when no database was given
     */
    public Set<Long> modifiedVersions() {
        return modifiedVersions;
    }

    /**
     * Returns the configuration in force.
     *
     * @return the configuration
     */
    public LintConfig config() {
        return config;
    }
}
