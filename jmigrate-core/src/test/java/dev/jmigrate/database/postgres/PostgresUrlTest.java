package dev.jmigrate.database.postgres;

import dev.jmigrate.database.AdvisoryLockKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** golang-migrate.md 4.1 and 4.2: a {@code postgres://} URL translated to pgjdbc. */
class PostgresUrlTest {
    private static final String DEFAULT_SETTINGS = "-c synchronous_commit=off";

    private static PostgresUrl pg(String url) {
        return PostgresUrl.parse(DatabaseUrl.parse(url));
    }

    private static Properties props(String url) {
        return pg(url).properties();
    }

    // ---- user, password, host, port, database --------------------------------------------------------

    @Test
    void translatesTheUsualUrl() {
        PostgresUrl url = pg("postgres://app:secret@db.example.com:6543/mydb?sslmode=disable");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/mydb");
        assertThat(url.properties().getProperty("user")).isEqualTo("app");
        assertThat(url.properties().getProperty("password")).isEqualTo("secret");
        assertThat(url.properties().getProperty("sslmode")).isEqualTo("disable");
        assertThat(url.lockDatabaseName()).isEqualTo("/mydb");
        assertThat(url.target()).isEqualTo("db.example.com:6543/mydb");
    }

    @Test
    void postgresqlSchemeToo() {
        assertThat(pg("postgresql://app@h/mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/mydb");
    }

    @Test
    void theJdbcUrlAndTargetCarryNoCredentials() {
        PostgresUrl url = pg("postgres://app:s3cr3t@h/mydb?password=s3cr3t");

        assertThat(url.jdbcUrl()).doesNotContain("s3cr3t").doesNotContain("app");
        assertThat(url.target()).doesNotContain("s3cr3t");
    }

    @Test
    void userAndPasswordArePercentDecoded() {
        Properties p = props("postgres://us%65r%40corp:p%40ss%3Aw%2Frd%25@h/db");

        assertThat(p.getProperty("user")).isEqualTo("user@corp");
        assertThat(p.getProperty("password")).isEqualTo("p@ss:w/rd%");
        assertThat(props("postgres://u:p%40ss@h/db").getProperty("password")).isEqualTo("p@ss");
    }

    @Test
    void plusInUserInfoIsAPlusAsInGoUrls() {
        Properties p = props("postgres://a+b:c+d%2Be@h/db");

        assertThat(p.getProperty("user")).isEqualTo("a+b");
        assertThat(p.getProperty("password")).isEqualTo("c+d+e");
    }

    @Test
    void anUnescapedAtBelongsToThePassword() {
        PostgresUrl url = pg("postgres://u:p@ss@h:5433/db");

        assertThat(url.properties().getProperty("password")).isEqualTo("p@ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5433/db");
    }

    @Test
    void userWithoutPasswordAndEmptyPassword() {
        assertThat(props("postgres://u@h/db").getProperty("user")).isEqualTo("u");
        assertThat(props("postgres://u@h/db").getProperty("password")).isNull();
        assertThat(props("postgres://u:@h/db").getProperty("password")).isEmpty();
        assertThat(props("postgres://h/db").getProperty("user")).isNull();
    }

    @Test
    void defaultHostIsLocalhostAndDefaultPortIs5432() {
        assertThat(pg("postgres:///mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/mydb");
        assertThat(pg("postgres://u:p@/mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/mydb");
        assertThat(pg("postgres://db.internal/mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/mydb");
        assertThat(pg("postgres://db.internal:5433/mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/mydb");
    }

    @Test
    void multipleHosts() {
        assertThat(pg("postgres://u@h1,h2:5433,h3/mydb").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433,h3:5432/mydb");
    }

    @Test
    void ipv6Hosts() {
        assertThat(pg("postgres://u@[::1]:5433/mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/mydb");
        assertThat(pg("postgres://u@[::1]/mydb").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/mydb");
        assertThat(pg("postgres://u@[2001:db8::5]:6000,[::1]/mydb").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[2001:db8::5]:6000,[::1]:5432/mydb");
    }

    @Test
    void theDatabaseNameIsDecodedAndReEncodedForPgjdbc() {
        PostgresUrl url = pg("postgres://h/my%20db");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/my%20db");
        assertThat(url.lockDatabaseName()).isEqualTo("/my db");
    }

    @Test
    void plusInThePathIsAPlusAsInGoUrls() {
        PostgresUrl url = pg("postgres://h/my+db");

        assertThat(url.lockDatabaseName()).isEqualTo("/my+db");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/my%2Bdb");
    }

    @Test
    void theLockDatabaseNameIsTheUrlPathWithItsSlash() {
        assertThat(pg("postgres://u:p@localhost:5432/mydb?sslmode=disable").lockDatabaseName()).isEqualTo("/mydb");
        assertThat(pg("postgres://localhost:5432/mydb?dbname=other").lockDatabaseName()).isEqualTo("/mydb");
        assertThat(pg("postgres://localhost:5432").lockDatabaseName()).isEmpty();
        assertThat(pg("postgres://localhost:5432?dbname=other").lockDatabaseName()).isEmpty();
        assertThat(AdvisoryLockKey.of(pg("postgres://u:p@localhost/mydb").lockDatabaseName(), "public", "schema_migrations"))
                .isEqualTo(616192132L);
    }

    // ---- libpq query keys -----------------------------------------------------------------------------

    @Test
    void dbnameHostPortUserPasswordKeysOverrideTheUrl() {
        PostgresUrl url = pg("postgres://u:p@h:5433/mydb?dbname=other&host=h2&port=7000&user=bob&password=pw2");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h2:7000/other");
        assertThat(url.properties().getProperty("user")).isEqualTo("bob");
        assertThat(url.properties().getProperty("password")).isEqualTo("pw2");
        assertThat(url.target()).isEqualTo("h2:7000/other");
    }

    @Test
    void hostAndPortKeysAreIndependentOfTheirOrder() {
        assertThat(pg("postgres:///db?host=h2&port=7000").jdbcUrl()).isEqualTo("jdbc:postgresql://h2:7000/db");
        assertThat(pg("postgres:///db?port=7000&host=h2").jdbcUrl()).isEqualTo("jdbc:postgresql://h2:7000/db");
        assertThat(pg("postgres://h:5433/db?port=7000").jdbcUrl()).isEqualTo("jdbc:postgresql://h:7000/db");
        assertThat(pg("postgres://h:5433/db?host=h2").jdbcUrl()).isEqualTo("jdbc:postgresql://h2:5433/db");
        assertThat(pg("postgres://h/db?host=h2").jdbcUrl()).isEqualTo("jdbc:postgresql://h2:5432/db");
        assertThat(pg("postgres://[::1]/db?port=7000").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:7000/db");
    }

    @Test
    void theKeysAreNotPassedOnAsServerSettings() {
        Properties p = props("postgres://h/db?dbname=x&host=h&port=1&user=u&password=pw&sslmode=disable&connect_timeout=3");

        assertThat(p.getProperty("options")).isEqualTo(DEFAULT_SETTINGS);
        assertThat(p.stringPropertyNames()).doesNotContain("dbname", "host", "port", "connect_timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
    void acceptsEverySslmode(String mode) {
        assertThat(props("postgres://h/db?sslmode=" + mode).getProperty("sslmode")).isEqualTo(mode);
    }

    @Test
    void withoutSslmodePgjdbcsPreferApplies() {
        assertThat(props("postgres://h/db").getProperty("sslmode")).isNull();
    }

    @Test
    void aBadSslmodeNamesTheAcceptedOnes() {
        assertThatThrownBy(() -> pg("postgres://u:s3cr3t@h/db?sslmode=enable"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("unsupported sslmode \"enable\"")
                .hasMessageContaining("verify-full")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void connectTimeoutBecomesConnectTimeout() {
        assertThat(props("postgres://h/db?connect_timeout=10").getProperty("connectTimeout")).isEqualTo("10");
    }

    @Test
    void applicationName() {
        assertThat(props("postgres://h/db").getProperty("ApplicationName")).isEqualTo("jmigrate");
        assertThat(props("postgres://h/db?application_name=billing+migrations").getProperty("ApplicationName"))
                .isEqualTo("billing migrations");
        assertThat(props("postgres://h/db?fallback_application_name=fb").getProperty("ApplicationName")).isEqualTo("fb");
        assertThat(props("postgres://h/db?fallback_application_name=fb&application_name=app").getProperty("ApplicationName"))
                .isEqualTo("app");
        assertThat(props("postgres://h/db?application_name=app&fallback_application_name=fb").getProperty("ApplicationName"))
                .isEqualTo("app");
    }

    @Test
    void searchPathAndUnknownKeysBecomeServerSettings() {
        Properties p = props("postgres://h/db?search_path=app,public&statement_timeout=5min&lock_timeout=2s");

        assertThat(p.getProperty("options"))
                .isEqualTo("-c search_path=app,public -c statement_timeout=5min -c lock_timeout=2s " + DEFAULT_SETTINGS);
        assertThat(p.stringPropertyNames()).doesNotContain("search_path", "statement_timeout", "lock_timeout");
    }

    @Test
    void spacesAndBackslashesInServerSettingsAreEscaped() {
        Properties p = props("postgres://h/db?search_path=%22my+schema%22,public&x=a%5Cb");

        assertThat(p.getProperty("options")).isEqualTo("-c search_path=\"my\\ schema\",public -c x=a\\\\b " + DEFAULT_SETTINGS);
    }

    @Test
    void anExplicitSynchronousCommitIsKept() {
        assertThat(props("postgres://h/db?synchronous_commit=on").getProperty("options")).isEqualTo("-c synchronous_commit=on");
    }

    /** Prepared statements survive the migrations' DDL; the application name travels in the startup packet. */
    @Test
    void pgjdbcDefaultsSuitAMigrationRunUnlessTheUrlSaysOtherwise() {
        Properties defaults = props("postgres://h/db");
        assertThat(defaults.getProperty("flushCacheOnDdl")).isEqualTo("false");
        assertThat(defaults.getProperty("assumeMinServerVersion")).isEqualTo("9.0");
        Properties chosen = props("postgres://h/db?flushCacheOnDdl=true&assumeMinServerVersion=12");
        assertThat(chosen.getProperty("flushCacheOnDdl")).isEqualTo("true");
        assertThat(chosen.getProperty("assumeMinServerVersion")).isEqualTo("12");
    }

    @Test
    void anOptionsKeyIsKeptAheadOfTheSettings() {
        assertThat(props("postgres://h/db?options=-c%20work_mem%3D64MB&search_path=app").getProperty("options"))
                .isEqualTo("-c work_mem=64MB -c search_path=app " + DEFAULT_SETTINGS);
        assertThat(props("postgres://h/db?search_path=app&options=-c%20work_mem%3D64MB").getProperty("options"))
                .isEqualTo("-c work_mem=64MB -c search_path=app " + DEFAULT_SETTINGS);
    }

    @Test
    void pgjdbcPropertyNamesPassThrough() {
        Properties p = props("postgres://h/db?sslfactory=org.postgresql.ssl.NonValidatingFactory&prepareThreshold=0"
                + "&loginTimeout=5&sslrootcert=/etc/ca.pem&sslcert=/c.pem&sslkey=/k.pk8&sslpassword=kp&currentSchema=app");

        assertThat(p.getProperty("sslfactory")).isEqualTo("org.postgresql.ssl.NonValidatingFactory");
        assertThat(p.getProperty("prepareThreshold")).isEqualTo("0");
        assertThat(p.getProperty("loginTimeout")).isEqualTo("5");
        assertThat(p.getProperty("sslrootcert")).isEqualTo("/etc/ca.pem");
        assertThat(p.getProperty("sslcert")).isEqualTo("/c.pem");
        assertThat(p.getProperty("sslkey")).isEqualTo("/k.pk8");
        assertThat(p.getProperty("sslpassword")).isEqualTo("kp");
        assertThat(p.getProperty("currentSchema")).isEqualTo("app");
        assertThat(p.getProperty("options")).isEqualTo(DEFAULT_SETTINGS);
    }

    @Test
    void targetSessionAttrsAndKeepalives() {
        assertThat(props("postgres://h/db?target_session_attrs=read-write").getProperty("targetServerType")).isEqualTo("primary");
        assertThat(props("postgres://h/db?target_session_attrs=any").getProperty("targetServerType")).isEqualTo("any");
        assertThat(props("postgres://h/db?keepalives=0").getProperty("tcpKeepAlive")).isEqualTo("false");
        assertThat(props("postgres://h/db?keepalives=1").getProperty("tcpKeepAlive")).isEqualTo("true");
        assertThatThrownBy(() -> pg("postgres://h/db?target_session_attrs=bogus"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("unsupported target_session_attrs \"bogus\"");
    }

    // ---- x- parameters ----------------------------------------------------------------------------------

    @Test
    void xKeysAreRemovedAndParsed() {
        PostgresUrl url = pg("postgres://h/db?x-migrations-table=%22s%22.%22t%22&x-migrations-table-quoted=1"
                + "&x-statement-timeout=250&x-multi-statement=true&x-multi-statement-max-size=0&x-unknown=z&sslmode=disable");

        assertThat(url.options()).isEqualTo(new PostgresOptions("s", "t", 250, true, PostgresOptions.DEFAULT_MAX_SIZE));
        assertThat(url.properties().stringPropertyNames()).noneMatch(k -> k.startsWith("x-"));
        assertThat(url.properties().getProperty("options")).isEqualTo(DEFAULT_SETTINGS);
        assertThat(url.jdbcUrl()).doesNotContain("x-");
    }

    @Test
    void xParameterErrorsHaveGolangMigratesTexts() {
        assertThatThrownBy(() -> pg("postgres://h/db?x-migrations-table=t&x-migrations-table-quoted=true"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("x-migrations-table must be quoted (for instance '\"migrate\".\"schema_migrations\"') "
                        + "when x-migrations-table-quoted is enabled, current value is: t");
        assertThatThrownBy(() -> pg("postgres://h/db?x-migrations-table=%22a%22.%22b%22.%22c%22&x-migrations-table-quoted=true"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("\"\"a\".\"b\".\"c\"\" MigrationsTable contains too many dot characters");
    }

    // ---- rejected forms and passwords in messages ------------------------------------------------------

    @Test
    void aUnixSocketHostIsRejectedClearly() {
        assertThatThrownBy(() -> pg("postgres://u:s3cr3t@/db?host=/var/run/postgresql"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("host=/var/run/postgresql")
                .hasMessageContaining("Unix socket")
                .hasMessageContaining("TCP")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aUrlWithoutTheTwoSlashesIsRejected() {
        assertThatThrownBy(() -> pg("postgres:mydb"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("must start with postgres://");
    }

    @Test
    void noErrorMessageContainsThePassword() {
        List<String> urls = List.of(
                "postgres:u:s3cr3t@localhost/db",
                "postgres:/u:s3cr3t@localhost/db",
                "postgresql:u:s3cr3t@localhost/db?sslmode=disable",
                "postgres://u:s3cr3t@h/db?sslmode=bogus",
                "postgres://u:s3cr3t@h/db?target_session_attrs=bogus",
                "postgres://u:s3cr3t@h/db?host=/tmp",
                "postgres://u:s3cr3t@h/db?x-migrations-table=t&x-migrations-table-quoted=true",
                "postgres://u:s3cr3t@h/db?x-statement-timeout=abc",
                "postgres://u:s3cr3t@h/db?x-multi-statement=maybe",
                "postgres://u:s3cr3t@h/db?x-multi-statement-max-size=big",
                "postgres://u:s3cr%zzt@h/db",
                "postgres://u:s3cr3t%@h/db",
                "postgres://u@h/db?password=s3cr%zzt",
                "postgres://u@h/db?sslpassword=s3cr3t%",
                "postgres://u:s3cr3t@h/d%zzb",
                "postgres://u:s3cr3t@h/db?sea%zzrch_path=x");

        for (String url : urls) {
            Throwable thrown = catchThrowable(() -> pg(url));
            assertThat(thrown).as(url).isInstanceOf(DatabaseUrlException.class);
            assertThat(thrown.getMessage()).as(url).doesNotContain("s3cr").doesNotContain("zzt");
        }
    }
}
