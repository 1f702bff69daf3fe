package dev.jmigrate.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the tests run against: the server named by {@code JMIGRATE_TEST_POSTGRES_URL}
 * (a {@code postgres://user[:password]@host:port/db} URL of an administrative database) when it is set,
 * otherwise an embedded server started once per JVM. Tests never assume an empty server: each one
 * creates a database with a unique name and drops it afterwards.
 */
public final class TestPostgres {
    public static final String ENV = "JMIGRATE_TEST_POSTGRES_URL";

    private static TestPostgres instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;

    private TestPostgres(String host, int port, String user, String password, String adminDatabase) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
    }

    /** The shared server, started on first use when no external server is configured. */
    public static synchronized TestPostgres server() {
        if (instance == null) {
            String url = System.getenv(ENV);
            instance = url == null || url.isBlank() ? startEmbedded() : fromUrl(url);
        }
        return instance;
    }

    /** Creates a fresh, empty database; drop it with {@link TestDatabase#close()}. */
    public TestDatabase createDatabase() {
        String name = "jm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(adminDatabase, "CREATE DATABASE " + name);
        return new TestDatabase(this, name);
    }

    /** Runs one statement in the named database, outside a transaction. */
    public void execute(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test setup failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A JDBC connection to the named database of this server. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** The JDBC URL of the named database (without credentials). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A golang-migrate style {@code postgres://} URL of the named database, credentials included. */
    public String migrateUrl(String database) {
        String credentials = password == null ? user : user + ":" + password;
        return "postgres://" + credentials + "@" + host + ":" + port + "/" + database + "?sslmode=disable";
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    void dropDatabase(String name) {
        execute(adminDatabase, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static TestPostgres fromUrl(String url) {
        URI uri = URI.create(url);
        String userInfo = uri.getUserInfo() == null ? "postgres" : uri.getUserInfo();
        int colon = userInfo.indexOf(':');
        String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
        String password = colon < 0 ? null : userInfo.substring(colon + 1);
        String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "/postgres" : uri.getPath();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        return new TestPostgres(uri.getHost(), port, user, password, path.substring(1));
    }

    private static TestPostgres startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(pg)));
            return new TestPostgres("127.0.0.1", pg.getPort(), "postgres", null, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
