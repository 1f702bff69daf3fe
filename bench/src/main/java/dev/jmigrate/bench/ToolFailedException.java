package dev.jmigrate.bench;

/** A tool's process exited with a non-zero status. */
public final class ToolFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolFailedException(String message) {
        super(message);
    }
}
