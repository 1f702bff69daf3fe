package dev.jmigrate.verify;

import dev.jmigrate.ErrorCode;
import dev.jmigrate.MigrateException;

/**
 * {@link DownVerifier} cannot start or go on: the database is not empty (and {@code force} was not given), it is
 * dirty, or its schema cannot be read. Failures of the migrations themselves are not exceptions but results of the
 * {@link VerifyReport}.
 */
public final class DownVerifierException extends MigrateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do, one readable sentence
     */
    public DownVerifierException(String message) {
        super(ErrorCode.INVALID_ARGUMENT, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param code    the kind of failure
     * @param message what is wrong and what to do, one readable sentence
     * @param cause   the underlying failure
     */
    public DownVerifierException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
