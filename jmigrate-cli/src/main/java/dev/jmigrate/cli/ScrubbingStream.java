package dev.jmigrate.cli;

import dev.jmigrate.database.DatabaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Replaces every secret by {@code xxxxx} before the bytes reach the real stream. Works in whole lines: what a write
 * ends with a newline is passed on, and the real stream flushed, at once; a partial line waits for its newline or an
 * explicit {@link #flush()}, so a secret is caught even when it is written in pieces. Wrap it in a
 * {@link java.io.PrintStream} without auto-flush, which would flush after every write.
 */
final class ScrubbingStream extends OutputStream {
    static final String MASK = DatabaseUrl.MASK;
    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.UTF_8);

    private final OutputStream target;
    private final List<byte[]> secrets;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    ScrubbingStream(OutputStream target, List<String> secrets) {
        this.target = target;
        this.secrets = secrets.stream().filter(secret -> !secret.isEmpty())
                .map(secret -> secret.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /** Passes on every complete line of {@code bytes} in one write and one flush; keeps the rest for later. */
    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int lastNewline = end - 1;
        while (lastNewline >= offset && bytes[lastNewline] != '\n') {
            lastNewline--;
        }
        if (lastNewline >= offset) {
            pending.write(bytes, offset, lastNewline + 1 - offset);
            drain();
            target.flush();
        }
        pending.write(bytes, lastNewline + 1, end - lastNewline - 1);
    }

    @Override
    public synchronized void flush() throws IOException {
        drain();
        target.flush();
    }

    /** Flushes; the real stream stays open (it is usually the process's stdout or stderr). */
    @Override
    public void close() throws IOException {
        flush();
    }

    /**
     * Writes what is pending with the secrets masked. Works on the UTF-8 bytes, where a secret's bytes match exactly
     * where its characters do, so that a long result is not decoded and encoded again.
     */
    private void drain() throws IOException {
        if (pending.size() == 0) {
            return;
        }
        byte[] text = pending.toByteArray();
        pending.reset();
        for (byte[] secret : secrets) {
            text = replace(text, secret);
        }
        target.write(text);
    }

    private static byte[] replace(byte[] text, byte[] secret) {
        int at = indexOf(text, secret, 0);
        if (at < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        int from = 0;
        while (at >= 0) {
            out.write(text, from, at - from);
            out.writeBytes(MASK_BYTES);
            from = at + secret.length;
            at = indexOf(text, secret, from);
        }
        out.write(text, from, text.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] text, byte[] secret, int from) {
        for (int i = from; i <= text.length - secret.length; i++) {
            if (text[i] == secret[0] && Arrays.equals(text, i, i + secret.length, secret, 0, secret.length)) {
                return i;
            }
        }
        return -1;
    }
}
