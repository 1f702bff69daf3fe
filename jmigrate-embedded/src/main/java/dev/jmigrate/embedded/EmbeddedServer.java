package dev.jmigrate.embedded;

import dev.jmigrate.database.ConnectionException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A running embedded PostgreSQL with its data in a folder that survives it. */
final class EmbeddedServer {
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on a free local port, creating the data folder on first use.
     *
     * @throws ConnectionException when the server cannot start (the folder is in use, or not writable)
     */
    static EmbeddedServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
            return new EmbeddedServer(pg, dataDirectory);
        } catch (IOException | RuntimeException e) {
            throw new ConnectionException("cannot start the embedded PostgreSQL in " + dataDirectory + ": " + reason(e, dataDirectory)
                    + "; another migrate command may be using that folder, or it is not writable", null, e);
        }
    }

    /** A {@code postgres://} URL of the server's {@code postgres} database, with extra query parameters. */
    String url(String query) {
        String base = "postgres://postgres@localhost:" + postgres.getPort() + "/postgres?sslmode=disable";
        return query.isEmpty() ? base : base + "&" + query;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server; its data stays in the folder. */
    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("warning: the embedded PostgreSQL in " + dataDirectory + " did not stop cleanly: " + e.getMessage());
        }
    }

    private static String reason(Exception e, Path dataDirectory) {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return "a server is already running on that data folder (postmaster.pid exists)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
