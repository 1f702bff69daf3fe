package dev.jmigrate.embedded;

import dev.jmigrate.database.ConnectionException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * A throw-away embedded PostgreSQL: a fresh, empty server in a temporary folder that {@link #close()} stops
 * and deletes. For commands that need a scratch database, such as {@code verify}.
 */
public final class ScratchPostgres implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private ScratchPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on a free local port.
     *
     * @throws ConnectionException when it cannot start
     */
    public static ScratchPostgres start() {
        try {
            return new ScratchPostgres(EmbeddedPostgres.builder().start());
        } catch (IOException | RuntimeException e) {
            throw new ConnectionException("cannot start a scratch embedded PostgreSQL: " + e.getMessage(), null, e);
        }
    }

    /** A {@code postgres://} URL of the server's empty {@code postgres} database. */
    public String url() {
        return "postgres://postgres@localhost:" + postgres.getPort() + "/postgres?sslmode=disable";
    }

    /** Stops the server and deletes its data. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("warning: the scratch PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
