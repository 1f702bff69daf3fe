package dev.jmigrate.database;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * golang-migrate's advisory-lock key, so that both tools exclude each other on one database: the CRC-32 of
 * the additional names and the database name joined by NUL characters (additional names first), multiplied
 * by 1486364155 with 32-bit wrap-around, read as an unsigned number.
 */
public final class AdvisoryLockKey {
    private static final long SALT = 1486364155L;

    private AdvisoryLockKey() {
    }

    /** The key for a database name and the names (schema, table) that further qualify it. */
    public static long of(String databaseName, String... additionalNames) {
        String joined = additionalNames.length == 0
                ? databaseName
                : String.join("\0", additionalNames) + "\0" + databaseName;
        CRC32 crc = new CRC32();
        crc.update(joined.getBytes(StandardCharsets.UTF_8));
        return (crc.getValue() * SALT) & 0xFFFF_FFFFL;
    }
}
