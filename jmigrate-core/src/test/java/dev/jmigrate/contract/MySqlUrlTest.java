package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.mysql.MySqlDriver;
import dev.jmigrate.database.mysql.MySqlUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** golang-migrate.md 5.1: {@code mysql://} URLs in both forms, translated to Connector/J. No server needed. */
class MySqlUrlTest {

    private static MySqlUrl my(String url) {
        return MySqlUrl.parse(DatabaseUrl.parse(url));
    }

    private static Properties props(String url) {
        return my(url).properties();
    }

    // ---- the two forms -------------------------------------------------------------------------------

    @Test
    void golangMigratesDsnForm() {
        MySqlUrl url = my("mysql://app:secret@tcp(db.example.com:3307)/mydb?x-migrations-table=versions");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example.com:3307/mydb");
        assertThat(url.properties().getProperty("user")).isEqualTo("app");
        assertThat(url.properties().getProperty("password")).isEqualTo("secret");
        assertThat(url.databaseName()).isEqualTo("mydb");
        assertThat(url.target()).isEqualTo("db.example.com:3307/mydb");
        assertThat(url.options().table()).isEqualTo("versions");
    }

    @Test
    void plainUrlForm() {
        MySqlUrl url = my("mysql://app:secret@db.example.com:3307/mydb");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example.com:3307/mydb");
        assertThat(url.properties().getProperty("password")).isEqualTo("secret");
        assertThat(my("mysql://app@db.example.com/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://db.example.com:3306/mydb");
    }

    @Test
    void mariadbIsAnAliasScheme() {
        assertThat(my("mariadb://app@tcp(h:3306)/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/mydb");
        assertThat(dev.jmigrate.database.DatabaseUrl.parse("mariadb://h/db").scheme()).isEqualTo("mariadb");
    }

    @Test
    void addressDefaultsAsInGoSqlDriver() {
        assertThat(my("mysql://u@/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/mydb");
        assertThat(my("mysql://u@tcp()/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/mydb");
        assertThat(my("mysql://u@tcp(h)/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/mydb");
        assertThat(my("mysql://u@tcp([::1]:3307)/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://[::1]:3307/mydb");
        assertThat(my("mysql://u@tcp(::1)/mydb").jdbcUrl()).isEqualTo("jdbc:mariadb://[::1]:3306/mydb");
        assertThat(my("mysql:///mydb").properties().getProperty("user")).isNull();
    }

    @Test
    void unixSocketsGoThroughTheJdksUnixChannels() {
        MySqlUrl url = my("mysql://u:p@unix(/var/run/mysqld/mysqld.sock)/mydb");

        assertThat(url.properties().getProperty("localSocket")).isNull();
        assertThat(url.properties().getProperty("socketFactory"))
                .isEqualTo(dev.jmigrate.database.mysql.MySqlUnixSocketFactory.class.getName());
        assertThat(url.properties().getProperty(dev.jmigrate.database.mysql.MySqlUnixSocketFactory.PATH_OPTION))
                .isEqualTo("/var/run/mysqld/mysqld.sock");
        assertThat(url.target()).isEqualTo("/var/run/mysqld/mysqld.sock/mydb");
    }

    @Test
    void userPasswordAndDatabaseArePercentDecoded() {
        Properties p = props("mysql://us%65r%40corp:p%40ss%3Aw%2Frd%25+@tcp(h:3306)/my%20db");

        assertThat(p.getProperty("user")).isEqualTo("user@corp");
        assertThat(p.getProperty("password")).isEqualTo("p@ss:w/rd%+");
        assertThat(my("mysql://u@tcp(h:3306)/my%20db").databaseName()).isEqualTo("my db");
        assertThat(my("mysql://u@tcp(h:3306)/my%20db").jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/my%20db");
    }

    @Test
    void anUnescapedAtOrColonInThePasswordStillWorks() {
        Properties p = props("mysql://root:pa:ss@w0rd@tcp(127.0.0.1:3306)/app");

        assertThat(p.getProperty("user")).isEqualTo("root");
        assertThat(p.getProperty("password")).isEqualTo("pa:ss@w0rd");
    }

    @Test
    void withoutADatabaseTheNameIsEmpty() {
        assertThat(my("mysql://root@tcp(127.0.0.1:3306)/").databaseName()).isEmpty();
        assertThat(my("mysql://root@tcp(127.0.0.1:3306)").databaseName()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql:root@tcp(h)/db", "mysql://u@tcp(h/db", "mysql://u@udp(h:1)/db", "mysql://u@tcp(h)db"})
    void malformedUrlsSayHowToWriteThem(String url) {
        assertThatThrownBy(() -> my(url)).isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("mysql://");
    }

    // ---- x- parameters ---------------------------------------------------------------------------------

    @Test
    void xParametersWithGolangMigratesDefaults() {
        MySqlUrl url = my("mysql://u@tcp(h)/db");

        assertThat(url.options().table()).isEqualTo("schema_migrations");
        assertThat(url.options().noLock()).isFalse();
        assertThat(url.options().statementTimeoutMillis()).isZero();
        assertThat(url.options().historyTable()).isEqualTo("schema_migrations_history");
        MySqlUrl set = my("mysql://u@tcp(h)/db?x-migrations-table=app.versions&x-no-lock=true&x-statement-timeout=1500");
        assertThat(set.options().table()).isEqualTo("app.versions");
        assertThat(set.options().noLock()).isTrue();
        assertThat(set.options().statementTimeoutMillis()).isEqualTo(1500);
        assertThat(set.sessionVariables()).isEmpty();
        assertThat(set.properties().stringPropertyNames()).noneMatch(k -> k.startsWith("x-"));
    }

    @Test
    void badXValuesGiveGolangMigratesTexts() {
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?x-no-lock=maybe"))
                .hasMessage("unable to parse option x-no-lock: strconv.ParseBool: parsing \"maybe\": invalid syntax");
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?x-statement-timeout=1s"))
                .hasMessageStartingWith("strconv.Atoi: parsing \"1s\": invalid syntax");
    }

    // ---- TLS ---------------------------------------------------------------------------------------------

    @Test
    void tlsModesMapToConnectorJsSslMode() {
        assertThat(my("mysql://u@tcp(h)/db").tls().mode()).isEqualTo("disable");
        assertThat(my("mysql://u@tcp(h)/db?tls=false").tls().mode()).isEqualTo("disable");
        assertThat(my("mysql://u@tcp(h)/db?tls=true").tls().mode()).isEqualTo("verify-full");
        assertThat(my("mysql://u@tcp(h)/db?tls=1").tls().mode()).isEqualTo("verify-full");
        assertThat(my("mysql://u@tcp(h)/db?tls=skip-verify").tls().mode()).isEqualTo("trust");
        assertThat(my("mysql://u@tcp(h)/db?tls=preferred").tls().mode()).isEqualTo("trust");
        assertThat(my("mysql://u@tcp(h)/db?tls=preferred").tls().fallbackToPlaintext()).isTrue();
        assertThat(my("mysql://u@tcp(h)/db?tls=true").tls().fallbackToPlaintext()).isFalse();
    }

    @Test
    void aCustomTlsConfigurationNeedsTheCa() {
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?tls=custom"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("tls=custom names a custom TLS configuration, which needs x-tls-ca");
        MySqlUrl url = my("mysql://u@tcp(h)/db?tls=custom&x-tls-ca=/etc/ssl/ca.pem");
        assertThat(url.tls().mode()).isEqualTo("verify-full");
        assertThat(url.tls().caFile()).isEqualTo("/etc/ssl/ca.pem");
        assertThat(url.tls().name()).isEqualTo("custom");
        assertThat(my("mysql://u@tcp(h)/db?tls=custom&x-tls-ca=/ca.pem&x-tls-insecure-skip-verify=true").tls().mode())
                .isEqualTo("trust");
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?tls=custom&x-tls-ca=/ca.pem&x-tls-insecure-skip-verify=yes"))
                .hasMessageStartingWith("unable to parse option x-tls-insecure-skip-verify: strconv.ParseBool");
    }

    @Test
    void clientCertificateAndKeyComeTogether() {
        String both = "to use TLS client authentication, both x-tls-cert and x-tls-key must not be empty";
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?tls=custom&x-tls-ca=/ca.pem&x-tls-cert=/c.pem"))
                .isInstanceOf(DatabaseUrlException.class).hasMessage(both);
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?tls=custom&x-tls-ca=/ca.pem&x-tls-key=/k.pem"))
                .hasMessage(both);
        MySqlUrl url = my("mysql://u@tcp(h)/db?tls=custom&x-tls-ca=/ca.pem&x-tls-cert=/c.pem&x-tls-key=/k.pem");
        assertThat(url.tls().clientCertificate()).isTrue();
        assertThat(url.tls().certFile()).isEqualTo("/c.pem");
        assertThat(url.tls().keyFile()).isEqualTo("/k.pem");
    }

    @Test
    void clientKeysInEveryPemFormGoAcceptsAreConverted(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(openssl(dir, "version"), "openssl is not installed");
        assertThat(openssl(dir, "genrsa", "-traditional", "-out", "rsa1.pem", "2048")).isTrue();
        assertThat(openssl(dir, "pkcs8", "-topk8", "-nocrypt", "-in", "rsa1.pem", "-out", "rsa8.pem")).isTrue();
        assertThat(openssl(dir, "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec.pem")).isTrue();
        Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        long before = clientStores();
        for (String key : new String[] {"rsa1.pem", "rsa8.pem", "ec.pem"}) {
            assertThat(openssl(dir, "req", "-x509", "-new", "-key", key, "-subj", "/CN=client", "-days", "1",
                    "-out", key + ".crt")).isTrue();
            String url = "mysql://u@tcp(127.0.0.1:1)/db?timeout=2s&tls=skip-verify&x-tls-cert=" + dir.resolve(key + ".crt")
                    + "&x-tls-key=" + dir.resolve(key);
            assertThatThrownBy(() -> MySqlDriver.connect(DatabaseUrl.parse(url), new DriverSettings("t", "h")))
                    .as(key).isInstanceOf(ConnectionException.class).hasMessageContaining("nothing accepts connections");
        }
        assertThat(clientStores()).isEqualTo(before);
        String garbage = "mysql://u@tcp(127.0.0.1:1)/db?tls=skip-verify&x-tls-cert=" + dir.resolve("rsa8.pem.crt")
                + "&x-tls-key=" + dir.resolve("garbage.pem");
        assertThatThrownBy(() -> MySqlDriver.connect(DatabaseUrl.parse(garbage), new DriverSettings("t", "h")))
                .isInstanceOf(DatabaseUrlException.class).hasMessageContaining("holds no PEM private key");
        String missing = "mysql://u@tcp(127.0.0.1:1)/db?tls=skip-verify&x-tls-cert=/nonexistent/c.pem&x-tls-key=/k.pem";
        assertThatThrownBy(() -> MySqlDriver.connect(DatabaseUrl.parse(missing), new DriverSettings("t", "h")))
                .isInstanceOf(DatabaseUrlException.class).hasMessageContaining("x-tls-cert file /nonexistent/c.pem");
    }

    private static boolean openssl(Path dir, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl"));
        command.addAll(java.util.List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static long clientStores() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("jmigrate-mysql-client-")).count();
        }
    }

    @Test
    void connectorJsOwnTlsOptionsPointToTheGolangMigrateWay() {
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?sslMode=verify-full")).isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("tls=true|skip-verify|preferred|<name>");
    }

    // ---- go-sql-driver parameters --------------------------------------------------------------------

    @Test
    void goSqlDriverTimeoutsBecomeConnectorJsTimeouts() {
        Properties p = props("mysql://u@tcp(h)/db?timeout=5s&readTimeout=1m&writeTimeout=30s");

        assertThat(p.getProperty("connectTimeout")).isEqualTo("5000");
        assertThat(p.getProperty("socketTimeout")).isEqualTo("60000");
        assertThat(props("mysql://u@tcp(h)/db?timeout=1m30s").getProperty("connectTimeout")).isEqualTo("90000");
        assertThat(props("mysql://u@tcp(h)/db?timeout=1.5s").getProperty("connectTimeout")).isEqualTo("1500");
        assertThat(props("mysql://u@tcp(h)/db?readTimeout=250ms").getProperty("socketTimeout")).isEqualTo("250");
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?timeout=5")).isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("time: missing unit in duration \"5\"");
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?timeout=5y")).hasMessageStartingWith("time: unknown unit \"y\"");
    }

    @Test
    void parametersWithoutMeaningHereAreIgnored() {
        MySqlUrl url = my("mysql://u@tcp(h)/db?parseTime=true&multiStatements=true&charset=utf8mb4&loc=Local"
                + "&interpolateParams=true");

        assertThat(url.sessionVariables()).isEmpty();
        assertThat(url.properties().stringPropertyNames())
                .containsExactlyInAnyOrder("user", "connectionAttributes");
    }

    @Test
    void otherParametersAreSessionVariablesAsInGoSqlDriver() {
        MySqlUrl url = my("mysql://u@tcp(h)/db?sql_mode=%27ANSI%27&time_zone=%27%2B00:00%27&collation=utf8mb4_bin");

        assertThat(url.sessionVariables()).containsExactly(
                org.assertj.core.api.Assertions.entry("sql_mode", "'ANSI'"),
                org.assertj.core.api.Assertions.entry("time_zone", "'+00:00'"));
        assertThat(url.properties().getProperty("connectionCollation")).isEqualTo("utf8mb4_bin");
        assertThat(props("mysql://u@tcp(h)/db?allowPublicKeyRetrieval=true").getProperty("allowPublicKeyRetrieval"))
                .isEqualTo("true");
        assertThatThrownBy(() -> my("mysql://u@tcp(h)/db?a%3Bb=1")).isInstanceOf(DatabaseUrlException.class);
    }

    // ---- the lock name -----------------------------------------------------------------------------------

    @Test
    void theGetLockNameIsGolangMigratesKey() {
        assertThat(MySqlDriver.lockName("mydb", "schema_migrations")).isEqualTo("1906445756");
    }

    // ---- passwords never shown -----------------------------------------------------------------------

    @Test
    void theRecordsTextShowsNoPassword() {
        MySqlUrl url = my("mysql://root:s3cr3t@tcp(h:3306)/db?tls=skip-verify");

        assertThat(url.toString()).doesNotContain("s3cr3t");
        assertThat(url.target()).doesNotContain("s3cr3t");
        assertThat(url.jdbcUrl()).doesNotContain("s3cr3t").doesNotContain("root");
    }

    @Property
    void neitherParsingNorItsErrorsShowThePassword(@ForAll("passwords") String password,
                                                   @ForAll("templates") String template) {
        String encoded = percentEncode(password);
        String control = outcome(template.formatted(""));
        Assume.that(!control.contains(password) && !control.contains(encoded));

        String text = outcome(template.formatted(encoded));

        assertThat(text).doesNotContain(password).doesNotContain(encoded);
        assertThat(DatabaseUrl.parse(template.formatted(encoded)).redacted())
                .isEqualTo(DatabaseUrl.parse(template.formatted("")).redacted());
        if (!text.startsWith("error")) {
            assertThat(props(template.formatted(encoded)).getProperty("password")).isEqualTo(password);
        }
    }

    /** Every text the parse shows: the result's texts, or the error's message. */
    private static String outcome(String url) {
        Throwable error = catchThrowable(() -> my(url));
        if (error != null) {
            return "error " + error.getMessage();
        }
        MySqlUrl parsed = my(url);
        return parsed + " " + parsed.target() + " " + parsed.jdbcUrl() + " " + parsed.sessionVariables();
    }

    @Provide
    Arbitrary<String> passwords() {
        return dev.jmigrate.testing.Passwords.any();
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(
                "mysql://root:%s@tcp(127.0.0.1:3306)/app?x-migrations-table=m",
                "mysql://root:%s@db.example.com:3307/app",
                "mariadb://root:%s@tcp(h)/app?tls=skip-verify",
                "mysql://root:%s@tcp(h)/app?x-no-lock=maybe",
                "mysql://root:%s@tcp(h)/app?tls=custom",
                "mysql://root:%s@tcp(h)/app?timeout=soon",
                "mysql://root:%s@tcp(h)/app?x-tls-cert=/c.pem",
                "mysql://root:%s@bogus(h)/app",
                "mysql://root:%s@tcp(h/app",
                "mysql:root:%s@tcp(h)/app");
    }

    /** Percent-encodes every UTF-8 byte except RFC 3986's unreserved characters. */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
