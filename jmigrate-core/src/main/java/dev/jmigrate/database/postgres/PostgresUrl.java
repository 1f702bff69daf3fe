package dev.jmigrate.database.postgres;

import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.UrlParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code postgres://} or {@code postgresql://} URL read the way golang-migrate and libpq read it, translated
 * to pgjdbc: user and password (percent-decoded), hosts and ports, the database, libpq's {@code sslmode} and
 * friends, and any other parameter as a server setting ({@code search_path}, {@code statement_timeout}...).
 * The {@code x-} parameters are kept apart as {@link PostgresOptions}.
 *
 * @param jdbcUrl the pgjdbc URL, without credentials
 * @param properties the pgjdbc connection properties (credentials included)
 * @param lockDatabaseName the database name golang-migrate uses for the lock key: the URL path with its slash
 * @param target {@code host:port/database} for messages
 * @param options the {@code x-} parameters
 */
record PostgresUrl(String jdbcUrl, Properties properties, String lockDatabaseName, String target, PostgresOptions options) {
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern TRAILING_PORT = Pattern.compile(":\\d+$");
    private static final Set<String> SSL_FILES = Set.of("sslcert", "sslkey", "sslrootcert", "sslpassword");
    private static final Map<String, String> SESSION_ATTRS = Map.of(
            "any", "any", "read-write", "primary", "primary", "primary",
            "read-only", "secondary", "standby", "secondary", "prefer-standby", "preferSecondary");

    static PostgresUrl parse(DatabaseUrl url) {
        String raw = url.raw();
        String rest = raw.substring(raw.indexOf(':') + 1);
        if (!rest.startsWith("//")) {
            throw new DatabaseUrlException("database URL " + url + " must start with " + url.scheme()
                    + "://, e.g. postgres://user:password@localhost:5432/dbname?sslmode=disable");
        }
        rest = rest.substring(2);
        int q = rest.indexOf('?');
        UrlParameters params = UrlParameters.parse(q < 0 ? null : rest.substring(q + 1));
        String beforeQuery = q < 0 ? rest : rest.substring(0, q);
        int at = beforeQuery.lastIndexOf('@');
        String userInfo = at < 0 ? "" : beforeQuery.substring(0, at);
        String hostAndPath = beforeQuery.substring(at + 1);
        int slash = hostAndPath.indexOf('/');
        String hosts = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        String path = slash < 0 ? "" : unescape(hostAndPath.substring(slash));
        return new Builder(userInfo, hosts, path, params).build();
    }

    /** Collects the pieces of the translation. */
    private static final class Builder {
        private final Properties props = new Properties();
        private final List<String> serverSettings = new ArrayList<>();
        private final UrlParameters params;
        private final String path;
        private String hosts;
        private String hostKey;
        private String portKey;
        private String database;

        Builder(String userInfo, String hosts, String path, UrlParameters params) {
            this.params = params;
            this.path = path;
            this.hosts = hosts.isEmpty() ? "localhost" : hosts;
            this.database = path.startsWith("/") ? path.substring(1) : path;
            credentials(userInfo);
        }

        PostgresUrl build() {
            params.asMap().forEach(this::parameter);
            props.putIfAbsent("ApplicationName", params.get("fallback_application_name") == null
                    ? "jmigrate" : params.get("fallback_application_name"));
            props.putIfAbsent("flushCacheOnDdl", "false");
            props.putIfAbsent("assumeMinServerVersion", "9.0");
            if (!params.has("synchronous_commit")) {
                serverSettings.add("synchronous_commit=off");
            }
            if (!serverSettings.isEmpty()) {
                String existing = props.getProperty("options", "");
                String settings = serverSettings.stream().map(s -> "-c " + escape(s)).reduce((a, b) -> a + " " + b).orElse("");
                props.setProperty("options", existing.isEmpty() ? settings : existing + " " + settings);
            }
            String hostList = withDefaultPorts(withHostAndPortKeys());
            String jdbcUrl = "jdbc:postgresql://" + hostList + "/" + encodePath(database);
            return new PostgresUrl(jdbcUrl, props, path, hostList + "/" + database, PostgresOptions.from(params));
        }

        private void credentials(String userInfo) {
            if (userInfo.isEmpty()) {
                return;
            }
            int colon = userInfo.indexOf(':');
            props.setProperty("user", unescape(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                props.setProperty("password", unescape(userInfo.substring(colon + 1)));
            }
        }

        /**
         * The URL's hosts with libpq's {@code host} and {@code port} keys applied; as in libpq each replaces only its
         * own part (the host names, or the last port), whatever their order in the query.
         */
        private String withHostAndPortKeys() {
            Matcher port = TRAILING_PORT.matcher(hosts);
            String urlPort = port.find() ? port.group() : "";
            String names = hostKey != null ? hostKey : hosts.substring(0, hosts.length() - urlPort.length());
            return names + (portKey != null ? ":" + portKey : urlPort);
        }

        private void parameter(String key, String value) {
            if (key.startsWith("x-")) {
                return;
            }
            switch (key) {
                case "sslmode" -> props.setProperty("sslmode", sslMode(value));
                case "connect_timeout" -> props.setProperty("connectTimeout", value);
                case "application_name" -> props.setProperty("ApplicationName", value);
                case "fallback_application_name" -> { }
                case "dbname" -> database = value;
                case "user" -> props.setProperty("user", value);
                case "password" -> props.setProperty("password", value);
                case "host" -> hostKey = hostParameter(value);
                case "port" -> portKey = value;
                case "options" -> props.setProperty("options", value);
                case "target_session_attrs" -> props.setProperty("targetServerType", sessionAttrs(value));
                case "keepalives" -> props.setProperty("tcpKeepAlive", String.valueOf(!"0".equals(value)));
                default -> passThrough(key, value);
            }
        }

        private void passThrough(String key, String value) {
            if (SSL_FILES.contains(key) || org.postgresql.PGProperty.forName(key) != null) {
                props.setProperty(key, value);
            } else {
                serverSettings.add(key + "=" + value);
            }
        }

        private static String sslMode(String value) {
            String mode = value.toLowerCase(Locale.ROOT);
            if (!SSL_MODES.contains(mode)) {
                throw new DatabaseUrlException("unsupported sslmode \"" + value
                        + "\"; use disable, allow, prefer (the default), require, verify-ca or verify-full");
            }
            return mode;
        }

        private static String sessionAttrs(String value) {
            String mapped = SESSION_ATTRS.get(value);
            if (mapped == null) {
                throw new DatabaseUrlException("unsupported target_session_attrs \"" + value + "\"; use one of "
                        + String.join(", ", SESSION_ATTRS.keySet().stream().sorted().toList()));
            }
            return mapped;
        }

        private static String hostParameter(String value) {
            if (value.startsWith("/")) {
                throw new DatabaseUrlException("host=" + value + " names a Unix socket folder, which jmigrate cannot use;"
                        + " connect over TCP instead, e.g. postgres://user@localhost:5432/dbname");
            }
            return value;
        }
    }

    private static String withDefaultPorts(String hosts) {
        List<String> result = new ArrayList<>();
        for (String host : hosts.split(",")) {
            boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
            result.add(hasPort ? host : host + ":5432");
        }
        return String.join(",", result);
    }

    /** Go's unescaping of the user info and the path: percent escapes decoded, {@code +} kept as a plus. */
    private static String unescape(String text) {
        return UrlParameters.decode(text.replace("+", "%2B"));
    }

    private static String escape(String setting) {
        return setting.replace("\\", "\\\\").replace(" ", "\\ ");
    }

    private static String encodePath(String database) {
        return java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
