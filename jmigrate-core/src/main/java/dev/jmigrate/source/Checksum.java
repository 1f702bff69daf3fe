package dev.jmigrate.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum recorded for an applied migration: SHA-256 of the file with a leading UTF-8 byte-order mark
 * removed and every line ending ({@code \r\n}, {@code \r}) read as {@code \n}, so that a checkout on another
 * operating system does not look like an edit.
 */
public final class Checksum {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * One per thread, reset before each use: looking SHA-256 up among the security providers costs more than hashing a
     * file, and {@code status} hashes thousands of files on two threads.
     */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Checksum::sha256);

    private Checksum() {
    }

    /** The lower-case hexadecimal SHA-256 of the normalised content. */
    public static String of(byte[] content) {
        MessageDigest digest = DIGESTS.get();
        digest.reset();
        int pending = hasBom(content) ? BOM.length : 0;
        for (int i = pending; i < content.length; i++) {
            if (content[i] == '\r') {
                digest.update(content, pending, i - pending);
                digest.update((byte) '\n');
                if (i + 1 < content.length && content[i + 1] == '\n') {
                    i++;
                }
                pending = i + 1;
            }
        }
        digest.update(content, pending, content.length - pending);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Finds SHA-256 now for this thread. The first lookup in a JVM loads the security providers, which a run's first
     * checksum would otherwise wait for: a caller with time to spare, waiting for a connection, spends it here.
     */
    public static void warmUp() {
        DIGESTS.get();
    }

    /** The checksum of a string's UTF-8 bytes. */
    public static String of(String content) {
        return of(content.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
