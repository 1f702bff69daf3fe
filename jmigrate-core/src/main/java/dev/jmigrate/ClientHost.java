package dev.jmigrate;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of the machine the tool runs on, recorded in the history. */
final class ClientHost {
    private ClientHost() {
    }

    static String name() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
