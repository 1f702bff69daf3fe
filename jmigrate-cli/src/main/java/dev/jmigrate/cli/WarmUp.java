package dev.jmigrate.cli;

/**
 * Start-up work that does not depend on the command line, begun on a thread of its own as the JVM starts so that it
 * overlaps reading the command line and the folder: setting up java.util.logging ({@link QuietDriverLogs}) and
 * generating the proxy class of the SIGINT handler. The main thread still applies both itself when it gets there;
 * it then finds them done, or waits only for the rest.
 */
final class WarmUp implements Runnable {

    private WarmUp() {
    }

    static void start() {
        Thread thread = new Thread(new WarmUp(), "jmigrate-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        QuietDriverLogs.apply();
        try {
            SunMiscSignals.handlerFor(new Nothing());
        } catch (ClassNotFoundException | RuntimeException | LinkageError unavailable) {
            // no sun.misc.Signal here: SunMiscSignals installs nothing either
        }
    }

    /** The action of the throwaway handler; a class, not a lambda, so that nothing is linked for it. */
    private static final class Nothing implements Runnable {
        @Override
        public void run() {
        }
    }
}
