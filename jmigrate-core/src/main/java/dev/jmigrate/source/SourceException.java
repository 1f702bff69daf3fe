package dev.jmigrate.source;

import dev.jmigrate.ErrorCode;
import dev.jmigrate.MigrateException;

/** A migration source cannot be used: missing folder, unreadable file, duplicate versions. */
public final class SourceException extends MigrateException {
    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(ErrorCode.SOURCE, message);
    }

    public SourceException(String message, Throwable cause) {
        super(ErrorCode.SOURCE, message, cause);
    }
}
