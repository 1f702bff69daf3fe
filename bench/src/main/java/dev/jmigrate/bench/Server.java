package dev.jmigrate.bench;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the bench runs on, and the administrative database it creates and drops the tools'
 * databases from.
 *
 * @param host          host name or address
 * @param port          port
 * @param user          user
 * @param password      password, or null for none (trust or peer authentication)
 * @param adminDatabase an existing database to connect to for {@code CREATE DATABASE}
 */
public record Server(String host, int port, String user, String password, String adminDatabase) {

    /** Reads {@code postgres://user[:password]@host[:port][/database]}; the database defaults to {@code postgres}. */
    public static Server parse(String url) {
        URI uri = URI.create(url);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not a postgres:// URL: " + url);
        }
        String userInfo = uri.getRawUserInfo() == null ? "postgres" : uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "/postgres" : uri.getPath();
        return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, path.substring(1));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The JDBC URL of a database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The golang-migrate / dbmate style URL of a database on this server, with {@code sslmode=disable}. */
    public String url(String database) {
        String credentials = password == null ? enc(user) : enc(user) + ":" + enc(password);
        return "postgres://" + credentials + "@" + host + ":" + port + "/" + database + "?sslmode=disable";
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens a connection to a database of this server. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** Drops (forcing other sessions out) and creates an empty database. */
    public void recreateDatabase(String database) throws SQLException {
        dropDatabase(database);
        admin("CREATE DATABASE " + database);
    }

    /** Drops a database, forcing other sessions out; nothing when it does not exist. */
    public void dropDatabase(String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /**
     * Forces a checkpoint, so that the command timed next neither pays for one that another tool's writes made due nor
     * finds the log's full-page images already paid for by the tool before it.
     *
     * @return false when the user may not ({@code CHECKPOINT} needs a superuser or, from PostgreSQL 15, pg_checkpoint)
     */
    public boolean checkpoint() throws SQLException {
        try {
            admin("CHECKPOINT");
            return true;
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
