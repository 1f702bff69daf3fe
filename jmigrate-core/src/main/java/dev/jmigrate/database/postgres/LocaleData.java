package dev.jmigrate.database.postgres;

import java.text.NumberFormat;
import java.util.GregorianCalendar;

/**
 * pgjdbc's first connection in a JVM initializes the JDK's locale data twice over (a {@code NumberFormat} to parse
 * version strings, a {@code Calendar} for timestamps), a fifth of a short command's CPU. Doing that on a thread of
 * its own while the connection is being opened lets the two overlap; class initialization is once per JVM, so
 * whichever thread gets there first does it and the other waits for it, never repeats it.
 */
final class LocaleData {
    private static volatile boolean started;

    private LocaleData() {
    }

    static void warmUp() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(new Initialization(), "jmigrate-locale-data");
        thread.setDaemon(true);
        thread.start();
    }

    /** A class, not a lambda: linking a lambda would cost the connecting thread more than this saves it. */
    private static final class Initialization implements Runnable {
        @Override
        public void run() {
            NumberFormat.getIntegerInstance();
            new GregorianCalendar();
        }
    }
}
