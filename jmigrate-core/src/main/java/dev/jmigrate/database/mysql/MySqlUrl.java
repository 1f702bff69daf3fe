package dev.jmigrate.database.mysql;

import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.UrlParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code mysql://} or {@code mariadb://} URL read the way golang-migrate reads it, translated to MariaDB Connector/J.
 *
 * <p>Two forms: golang-migrate's go-sql-driver DSN with a scheme,
 * {@code mysql://user:password@tcp(host:port)/dbname?params} (also {@code unix(/path/to.sock)}, through
 * {@link MySqlUnixSocketFactory}, and nothing for {@code 127.0.0.1:3306}), and the plain URL {@code mysql://user:password@host:port/dbname?params}. User, password
 * and database name are percent-decoded. The query is read as Go reads it; the parameters mean:
 * <ul>
 *   <li>{@code x-migrations-table}, {@code x-no-lock}, {@code x-statement-timeout}: {@link MySqlOptions};
 *       {@code tls} and {@code x-tls-*}: {@link MySqlTls}; other {@code x-} keys are ignored;
 *   <li>go-sql-driver's {@code timeout} (Go duration) becomes {@code connectTimeout}, {@code readTimeout} and
 *       {@code writeTimeout} become {@code socketTimeout} (the larger), {@code collation} becomes
 *       {@code connectionCollation}, {@code connectionAttributes} is passed on;
 *   <li>go-sql-driver options without meaning here are ignored: {@code charset} (Connector/J always speaks utf8mb4,
 *       which is what UTF-8 migration files need), {@code parseTime}, {@code loc}, {@code multiStatements} (the
 *       driver splits files itself), {@code interpolateParams}, {@code clientFoundRows}, {@code columnsWithAlias},
 *       {@code maxAllowedPacket}, {@code allowNativePasswords}, {@code allowOldPasswords},
 *       {@code allowCleartextPasswords}, {@code allowFallbackToPlaintext}, {@code allowAllFiles},
 *       {@code checkConnLiveness}, {@code rejectReadOnly}, {@code serverPubKey}, {@code timeTruncate};
 *   <li>Connector/J's own options listed in {@link #CONNECTOR_OPTIONS} are passed on unchanged;
 *   <li>any other parameter is a session variable, set with {@code SET key=value} right after connecting, as
 *       go-sql-driver does (the value is SQL: quote strings, e.g. {@code time_zone=%27%2B00:00%27}).
 * </ul>
 *
 * @param jdbcUrl the Connector/J URL, without credentials
 * @param properties the Connector/J properties, credentials included (never print them)
 * @param databaseName the database named in the URL, percent-decoded; empty when the URL names none
 * @param address {@code host:port} or the socket path, for messages
 * @param user the user name, for messages
 * @param sessionVariables the variables to set after connecting, in URL order
 * @param options the {@code x-} parameters
 * @param tls the TLS settings
 */
public record MySqlUrl(String jdbcUrl, Properties properties, String databaseName, String address, String user,
                       Map<String, String> sessionVariables, MySqlOptions options, MySqlTls tls) {
    /**
     * Connector/J options a URL may give directly. {@code sslMode} and {@code serverSslCert} are not among them: TLS is
     * configured the golang-migrate way ({@link MySqlTls}), so that one URL means the same to both tools.
     */
    public static final Set<String> CONNECTOR_OPTIONS = Set.of("allowPublicKeyRetrieval", "serverRsaPublicKeyFile",
            "useCompression", "tcpKeepAlive", "connectTimeout", "socketTimeout", "connectionCollation", "restrictedAuth",
            "enabledSslProtocolSuites", "enabledSslCipherSuites", "trustStore", "trustStoreType", "trustStorePassword",
            "fallbackToSystemTrustStore", "credentialType", "servicePrincipalName",
            "connectionAttributes", "localSocketAddress");
    private static final Set<String> IGNORED = Set.of("charset", "parseTime", "loc", "multiStatements",
            "interpolateParams", "clientFoundRows", "columnsWithAlias", "maxAllowedPacket", "allowNativePasswords",
            "allowOldPasswords", "allowCleartextPasswords", "allowFallbackToPlaintext", "allowAllFiles",
            "checkConnLiveness", "rejectReadOnly", "serverPubKey", "timeTruncate");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z0-9_.@$]+");
    private static final String EXAMPLE = "mysql://user:password@tcp(host:3306)/dbname";

    public MySqlUrl {
        sessionVariables = Collections.unmodifiableMap(new LinkedHashMap<>(sessionVariables));
    }

    /**
     * Parses and translates a URL.
     *
     * @throws DatabaseUrlException when its form or a parameter is wrong; the message never shows the password
     */
    public static MySqlUrl parse(DatabaseUrl url) {
        String raw = url.raw();
        String rest = raw.substring(raw.indexOf(':') + 1);
        if (!rest.startsWith("//")) {
            throw new DatabaseUrlException("database URL " + url + " must start with " + url.scheme() + "://, e.g. " + EXAMPLE);
        }
        rest = rest.substring(2);
        int firstQuery = rest.indexOf('?');
        int at = rest.lastIndexOf('@', firstQuery < 0 ? rest.length() : firstQuery);
        String userInfo = at < 0 ? "" : rest.substring(0, at);
        String afterUser = rest.substring(at + 1);
        Address address = Address.parse(afterUser, url);
        String tail = afterUser.substring(address.length());
        int q = tail.indexOf('?');
        String path = q < 0 ? tail : tail.substring(0, q);
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new DatabaseUrlException("database URL " + url + " has no '/' before the database name; write it as " + EXAMPLE);
        }
        String database = path.isEmpty() ? "" : unescape(path.substring(1));
        if (database.contains("/")) {
            throw new DatabaseUrlException("database URL " + url + ": the database name may not contain '/'; write it as "
                    + EXAMPLE);
        }
        UrlParameters params = UrlParameters.parse(q < 0 ? null : tail.substring(q + 1));
        return build(userInfo, address, database, params);
    }

    private static MySqlUrl build(String userInfo, Address address, String database, UrlParameters params) {
        Properties props = new Properties();
        String user = "";
        if (!userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = unescape(colon < 0 ? userInfo : userInfo.substring(0, colon));
            props.setProperty("user", user);
            if (colon >= 0) {
                props.setProperty("password", unescape(userInfo.substring(colon + 1)));
            }
        }
        MySqlOptions options = MySqlOptions.from(params);
        MySqlTls tls = MySqlTls.from(params);
        Map<String, String> variables = new LinkedHashMap<>();
        long socketTimeout = -1;
        for (Map.Entry<String, String> p : params.asMap().entrySet()) {
            String key = p.getKey();
            String value = p.getValue();
            if (key.startsWith("x-") || key.equals("tls") || IGNORED.contains(key)) {
                continue;
            }
            switch (key) {
                case "timeout" -> props.setProperty("connectTimeout", String.valueOf(millis(key, value)));
                case "readTimeout", "writeTimeout" -> socketTimeout = Math.max(socketTimeout, millis(key, value));
                case "collation" -> props.setProperty("connectionCollation", value);
                case "sslMode", "serverSslCert", "useSsl", "useSSL", "keyStore" -> throw new DatabaseUrlException("URL parameter "
                        + key + " is not used: give TLS settings the golang-migrate way, tls=true|skip-verify|preferred|<name>"
                        + " with x-tls-ca, x-tls-cert and x-tls-key");
                default -> {
                    if (CONNECTOR_OPTIONS.contains(key)) {
                        props.setProperty(key, value);
                    } else if (VARIABLE_NAME.matcher(key).matches()) {
                        variables.put(key, value);
                    } else {
                        throw new DatabaseUrlException("URL parameter '" + key + "' is neither an option nor a system"
                                + " variable name");
                    }
                }
            }
        }
        if (socketTimeout >= 0) {
            props.setProperty("socketTimeout", String.valueOf(socketTimeout));
        }
        props.setProperty("connectionAttributes", props.getProperty("connectionAttributes", "program_name:jmigrate"));
        String host;
        if (address.socket() != null) {
            props.setProperty("socketFactory", MySqlUnixSocketFactory.class.getName());
            props.setProperty(MySqlUnixSocketFactory.PATH_OPTION, address.socket());
            host = "localhost";
        } else {
            host = address.hostAndPort();
        }
        String jdbcUrl = "jdbc:mariadb://" + host + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
        String where = address.socket() != null ? address.socket() : address.hostAndPort();
        return new MySqlUrl(jdbcUrl, props, database, where, user, variables, options, tls);
    }

    /** The URL's parts without credentials: a record's default text would show the password. */
    @Override
    public String toString() {
        return "MySqlUrl[" + jdbcUrl + ", user " + user + ", " + options + ", " + tls + "]";
    }

    /** {@code address/database} for messages. */
    public String target() {
        return address + "/" + databaseName;
    }

    /** Go's unescaping of user info and path: percent escapes decoded, {@code +} kept. */
    private static String unescape(String text) {
        return UrlParameters.decode(text.replace("+", "%2B"));
    }

    /**
     * Where the server is: {@code tcp(host:port)}, {@code unix(path)}, a plain {@code host:port}, or nothing.
     *
     * @param length how many characters of the text after the user info it took
     * @param hostAndPort {@code host:port} (default port 3306), or null for a socket
     * @param socket the Unix socket path, or null
     */
    private record Address(int length, String hostAndPort, String socket) {
        static Address parse(String text, DatabaseUrl url) {
            int end = 0;
            while (end < text.length() && text.charAt(end) != '/' && text.charAt(end) != '?' && text.charAt(end) != '(') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == '(') {
                int close = text.indexOf(')', end);
                if (close < 0) {
                    throw new DatabaseUrlException("database URL " + url + " has an unclosed '(' in its address; write it as "
                            + EXAMPLE);
                }
                String protocol = text.substring(0, end);
                String address = text.substring(end + 1, close);
                return switch (protocol) {
                    case "tcp", "tcp4", "tcp6" -> new Address(close + 1, withPort(address.isEmpty() ? "127.0.0.1" : address), null);
                    case "unix" -> new Address(close + 1, null, address.isEmpty() ? "/tmp/mysql.sock" : address);
                    default -> throw new DatabaseUrlException("database URL " + url + " has the unknown network '" + protocol
                            + "'; use tcp(host:port) or unix(/path/to/mysqld.sock)");
                };
            }
            String hostPort = text.substring(0, end);
            return new Address(end, withPort(hostPort.isEmpty() ? "127.0.0.1" : hostPort), null);
        }

        private static String withPort(String hostPort) {
            if (hostPort.startsWith("[")) {
                return hostPort.contains("]:") ? hostPort : hostPort + ":3306";
            }
            long colons = hostPort.chars().filter(c -> c == ':').count();
            if (colons == 0) {
                return hostPort + ":3306";
            }
            return colons == 1 ? hostPort : "[" + hostPort + "]:3306";
        }
    }

    /** A go-sql-driver duration parameter in milliseconds, rounded up so that a positive duration never means "no limit". */
    private static long millis(String key, String value) {
        try {
            java.time.Duration d = dev.jmigrate.go.GoDuration.parse(value);
            if (d.isNegative() || d.isZero()) {
                return 0;
            }
            long ms = d.toMillis() + (d.toNanosPart() % 1_000_000 == 0 ? 0 : 1);
            return Math.min(ms, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUrlException(e.getMessage() + " (URL parameter " + key
                    + "; write a Go duration such as 5s, 500ms or 1m30s)");
        }
    }
}
