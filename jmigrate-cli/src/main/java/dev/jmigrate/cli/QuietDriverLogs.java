package dev.jmigrate.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * pgjdbc logs some connection problems through java.util.logging straight to the process's stderr, past the
 * password masking and in another format; the errors we print say the same. Silenced only by commands that
 * connect, since setting up java.util.logging costs start-up time the others need not pay.
 */
final class QuietDriverLogs {
    /** Held so the setting stays: java.util.logging keeps loggers only weakly. */
    private static final Logger PGJDBC = Logger.getLogger("org.postgresql");

    private QuietDriverLogs() {
    }

    static void apply() {
        PGJDBC.setLevel(Level.OFF);
    }
}
