package dev.jmigrate.cli;

import dev.jmigrate.database.DatabaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Replaces every secret by {@code xxxxx} before the bytes reach the real stream. Works line by line: a line is
 * passed on, and the real stream flushed, at its newline or at an explicit {@link #flush()}, so a secret is caught
 * even when it is written in pieces. Wrap it in a {@link java.io.PrintStream} without auto-flush, which would
 * flush after every write.
 */
final class ScrubbingStream extends OutputStream {
    static final String MASK = DatabaseUrl.MASK;

    private final OutputStream target;
    private final List<String> secrets;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    ScrubbingStream(OutputStream target, List<String> secrets) {
        this.target = target;
        this.secrets = List.copyOf(secrets);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            drain();
            target.flush();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
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

    private void drain() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        for (String secret : secrets) {
            text = text.replace(secret, MASK);
        }
        target.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
