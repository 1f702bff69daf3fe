package dev.jmigrate.contract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the test MySQL or MariaDB server: the server of {@code JMIGRATE_TEST_MYSQL_URL} (an
 * administrative URL such as {@code mysql://root@tcp(127.0.0.1:3306)/}); when that is unset,
 * {@code mysql://root@tcp(127.0.0.1:3306)/} if a server answers there, else the test is skipped. A server named by
 * the variable that does not answer fails the test. Direct SQL goes through Connector/J, not the driver under test.
 */
public final class MySqlTarget implements TestTarget {
    public static final String ENV = "JMIGRATE_TEST_MYSQL_URL";
    static final String DEFAULT_URL = "mysql://root@tcp(127.0.0.1:3306)/";
    private static final Pattern URL = Pattern.compile(
            "^(?:mysql|mariadb)://(?:([^:@]*)(?::(.*))?@)?(?:tcp\\()?([^/)]*)\\)?/([^?]*)(\\?.*)?$");
    private static Server server;

    private final Server admin;
    private final String name;

    public MySqlTarget() {
        admin = server();
        name = "jm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin.execute("", "CREATE DATABASE `" + name + "`");
    }

    /** The server, skipping the test when no server is configured and none runs at the default address. */
    static synchronized Server server() {
        String env = System.getenv(ENV);
        boolean configured = env != null && !env.isBlank();
        if (server == null) {
            server = Server.of(configured ? env : DEFAULT_URL);
        }
        String problem = server.problem();
        if (problem != null) {
            if (configured) {
                throw new IllegalStateException(ENV + "=" + server.redacted() + " names no reachable server: " + problem);
            }
            Assumptions.abort("MySQL tests skipped: " + ENV + " is unset and no server answers at " + DEFAULT_URL
                    + " (" + problem + ")");
        }
        return server;
    }

    public String name() {
        return name;
    }

    @Override
    public String url() {
        return admin.urlOf(name);
    }

    @Override
    public void execute(String... sql) {
        for (String statement : sql) {
            admin.execute(name, statement);
        }
    }

    @Override
    public List<String> column(String sql) {
        return admin.column(name, sql);
    }

    @Override
    public List<String> tables() {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name
                + "' AND table_type = 'BASE TABLE' ORDER BY 1");
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public void close() {
        admin.execute("", "DROP DATABASE IF EXISTS `" + name + "`");
    }

    /** The server of an administrative URL. */
    static final class Server {
        private final String prefix;
        private final String query;
        private final String hostPort;
        private final String user;
        private final String password;
        private String problem;

        private Server(String prefix, String query, String hostPort, String user, String password) {
            this.prefix = prefix;
            this.query = query;
            this.hostPort = hostPort;
            this.user = user;
            this.password = password;
        }

        static Server of(String url) {
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalStateException(ENV + " must look like " + DEFAULT_URL);
            }
            int slash = url.indexOf('/', m.start(3));
            Server s = new Server(url.substring(0, slash + 1), m.group(5) == null ? "" : m.group(5),
                    m.group(3).isEmpty() ? "127.0.0.1:3306" : m.group(3), decode(m.group(1)), decode(m.group(2)));
            try (Connection c = s.connect("")) {
                s.problem = c.isValid(3) ? null : "the connection is not valid";
            } catch (SQLException e) {
                s.problem = e.getMessage();
            }
            return s;
        }

        String problem() {
            return problem;
        }

        String redacted() {
            return dev.jmigrate.database.DatabaseUrl.redact(prefix + query);
        }

        String urlOf(String database) {
            return prefix + database + query;
        }

        String hostPort() {
            return hostPort;
        }

        Connection connect(String database) throws SQLException {
            Properties props = new Properties();
            if (user != null && !user.isEmpty()) {
                props.setProperty("user", user);
            }
            if (password != null) {
                props.setProperty("password", password);
            }
            props.setProperty("connectTimeout", "3000");
            return new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://" + hostPort + "/" + database, props);
        }

        void execute(String database, String sql) {
            try (Connection c = connect(database); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test SQL failed: " + sql + ": " + e.getMessage(), e);
            }
        }

        List<String> column(String database, String sql) {
            try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
            }
        }

        private static String decode(String text) {
            return text == null ? null : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
