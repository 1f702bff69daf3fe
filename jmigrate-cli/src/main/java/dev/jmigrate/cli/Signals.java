package dev.jmigrate.cli;

/** Delivery of the interrupt signal (Ctrl-C) to a running command. */
interface Signals {

    /** Calls {@code action} on every SIGINT until the registration is closed, which restores the previous handling. */
    Registration onInterrupt(Runnable action);

    /** An installed handler; closing it uninstalls it. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
