package dev.jmigrate.lint;

/** A lint configuration file or setting cannot be read or names something unknown. */
public final class LintConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, one readable sentence
     */
    public LintConfigException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where, one readable sentence
     * @param cause   the underlying failure
     */
    public LintConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
