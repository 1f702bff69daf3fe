package dev.jmigrate.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * golang-migrate's answer to the first Ctrl-C: say so, let the running migration finish and start no other.
 * Later signals are swallowed.
 */
final class GracefulStop implements Runnable {
    static final String MESSAGE = "Stopping after this running migration ...";

    private final Output output;
    private final Runnable stop;
    private final AtomicBoolean requested = new AtomicBoolean();

    GracefulStop(Output output, Runnable stop) {
        this.output = output;
        this.stop = stop;
    }

    @Override
    public void run() {
        if (requested.compareAndSet(false, true)) {
            output.info(MESSAGE);
            stop.run();
        }
    }
}
