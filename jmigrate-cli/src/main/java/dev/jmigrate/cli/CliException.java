package dev.jmigrate.cli;

/**
 * A failure the command line reports itself: a rejected argument, a declined prompt, a bad environment variable.
 * Printed as {@code error: <message>} unless {@link #prefixed()} is false (golang-migrate prints a few messages
 * bare).
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final boolean prefixed;

    CliException(String message) {
        this(message, 1, true);
    }

    CliException(String message, int exitCode, boolean prefixed) {
        super(message);
        this.exitCode = exitCode;
        this.prefixed = prefixed;
    }

    /** A message printed without {@code error: }, exit code 1. */
    static CliException bare(String message) {
        return new CliException(message, 1, false);
    }

    int exitCode() {
        return exitCode;
    }

    boolean prefixed() {
        return prefixed;
    }
}
