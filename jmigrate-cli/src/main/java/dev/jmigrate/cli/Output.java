package dev.jmigrate.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two output channels: results on stdout; progress, prompts and errors on stderr. In verbose mode every
 * stderr line starts with the local time, as Go's {@code log} package writes it.
 */
final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private Clock clock;
    private volatile boolean verbose;

    Output(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /**
     * Streams writing UTF-8 to {@code out} and {@code err}, with every secret masked. The local time zone is read
     * only when a verbose line needs it.
     */
    static Output scrubbing(PrintStream out, PrintStream err, List<String> secrets) {
        return new Output(new PrintStream(new ScrubbingStream(out, secrets), false, StandardCharsets.UTF_8),
                new PrintStream(new ScrubbingStream(err, secrets), false, StandardCharsets.UTF_8), null);
    }

    void verbose(boolean on) {
        this.verbose = on;
    }

    boolean verbose() {
        return verbose;
    }

    /** A result, on stdout. */
    void result(String text) {
        out.println(text);
    }

    /** Progress or a message for people, on stderr; each line time-stamped in verbose mode. */
    void info(String text) {
        synchronized (err) {
            for (String line : Lines.of(text)) {
                err.println(verbose ? LocalDateTime.now(clock()).format(LogTime.FORMAT) + line : line);
            }
        }
        err.flush();
    }

    /** A message only shown in verbose mode. */
    void detail(String text) {
        if (verbose) {
            info(text);
        }
    }

    /** {@code error: <message>}, on stderr. */
    void error(String message) {
        info("error: " + message);
    }

    /** Text on stderr as it is, never time-stamped (usage after a usage error). */
    void plain(String text) {
        err.println(text);
    }

    void flush() {
        out.flush();
        err.flush();
    }

    private Clock clock() {
        if (clock == null) {
            clock = Clock.systemDefaultZone();
        }
        return clock;
    }

    /** Go's {@code log} prefix; built on first use, so that commands that never log verbosely skip it. */
    private static final class LogTime {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss ");
    }
}
