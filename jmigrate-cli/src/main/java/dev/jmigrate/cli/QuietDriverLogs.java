package dev.jmigrate.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * pgjdbc logs some connection problems through java.util.logging straight to the process's stderr, past the
 * password masking and in another format; the errors we print say the same. Commands that connect apply this before
 * connecting; {@link WarmUp} applies it early on another thread, so that setting up java.util.logging is mostly done
 * by then.
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
