package dev.jmigrate.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration files into a folder for a test. */
public final class MigrationFolder {
    private final Path dir;

    public MigrationFolder(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /** Writes {@code <name>} with the given content, replacing it if present. */
    public MigrationFolder file(String name, String content) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MigrationFolder delete(String name) {
        try {
            Files.delete(dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * golang-migrate's sparse reference layout: versions 1 (up+down), 3 (up only), 4 (up+down), 5 (down only)
     * and 7 (up+down). Every body logs itself into the {@code events} table, so tests see exactly which ran.
     */
    public static MigrationFolder sparse(Path dir) {
        return new MigrationFolder(dir)
                .file("1_foobar.up.sql", "CREATE TABLE t1 (id int);\nINSERT INTO events VALUES ('1u');")
                .file("1_foobar.down.sql", "DROP TABLE t1;\nINSERT INTO events VALUES ('1d');")
                .file("3_foobar.up.sql", "CREATE TABLE t3 (id int);\nINSERT INTO events VALUES ('3u');")
                .file("4_foobar.up.sql", "CREATE TABLE t4 (id int);\nINSERT INTO events VALUES ('4u');")
                .file("4_foobar.down.sql", "DROP TABLE t4;\nINSERT INTO events VALUES ('4d');")
                .file("5_foobar.down.sql", "INSERT INTO events VALUES ('5d');")
                .file("7_foobar.up.sql", "CREATE TABLE t7 (id int);\nINSERT INTO events VALUES ('7u');")
                .file("7_foobar.down.sql", "DROP TABLE t7;\nINSERT INTO events VALUES ('7d');");
    }
}
