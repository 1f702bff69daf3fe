package dev.jmigrate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Migration folders for the tests. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * golang-migrate's sparse layout: 1 up+down, 3 up, 4 up+down, 5 down, 7 up+down. Up creates t1, t3 (and
     * t5), t4, records 5, creates t7; down drops t7, t5, t4, nothing for 3, t1; every step succeeds both ways.
     */
    static Path sparse(Path parent) {
        Path dir = parent.resolve("migrations");
        write(dir, "1_t1.up.sql", "CREATE TABLE t1 (id int);");
        write(dir, "1_t1.down.sql", "DROP TABLE t1;");
        write(dir, "3_t3.up.sql", "CREATE TABLE IF NOT EXISTS t3 (id int);\nCREATE TABLE IF NOT EXISTS t5 (id int);");
        write(dir, "4_t4.up.sql", "CREATE TABLE t4 (id int);");
        write(dir, "4_t4.down.sql", "DROP TABLE t4;");
        write(dir, "5_t5.down.sql", "DROP TABLE IF EXISTS t5;");
        write(dir, "7_t7.up.sql", "CREATE TABLE t7 (id int);");
        write(dir, "7_t7.down.sql", "DROP TABLE t7;");
        return dir;
    }

    static void write(Path dir, String name, String content) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
