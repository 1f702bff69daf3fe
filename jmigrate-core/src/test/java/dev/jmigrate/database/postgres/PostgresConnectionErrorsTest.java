package dev.jmigrate.database.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.database.ConnectionException;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import dev.jmigrate.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** A failed connection says which part was wrong: host, port, user, database or TLS; never the password. */
class PostgresConnectionErrorsTest {
    private static final DriverSettings SETTINGS = new DriverSettings("test", "test-host");
    private static final String PASSWORD = "s3cr3t-pw";

    private static void connect(String url) {
        PostgresDriver.connect(DatabaseUrl.parse(url), SETTINGS).close();
    }

    private static String server() {
        TestPostgres pg = TestPostgres.server();
        return pg.host() + ":" + pg.port();
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        assertThatThrownBy(() -> connect("postgres://u:" + PASSWORD + "@no-such-host.invalid:5432/db"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("no-such-host.invalid:5432/db").hasMessageContaining("host name does not resolve")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aPortWhereNothingListensIsNamedAsSuch() {
        assertThatThrownBy(() -> connect("postgres://u:" + PASSWORD + "@127.0.0.1:1/db"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("nothing accepts connections there").hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aMissingDatabaseIsNamedAsSuch() {
        String user = TestPostgres.server().user();
        assertThatThrownBy(() -> connect("postgres://" + user + "@" + server() + "/no_such_database_here?sslmode=disable"))
                .isInstanceOfSatisfying(ConnectionException.class, e -> org.assertj.core.api.Assertions.assertThat(e.sqlState())
                        .isEqualTo("3D000"))
                .hasMessageContaining("the database does not exist");
    }

    @Test
    void anUnknownUserIsNamedAsSuch() {
        assertThatThrownBy(() -> connect("postgres://no_such_role_here:" + PASSWORD + "@" + server() + "/postgres?sslmode=disable"))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("user \"no_such_role_here\"").hasMessageNotContaining(PASSWORD);
    }

    @Test
    void tlsRequiredByTheUrlButNotOfferedIsNamedAsSuch() {
        String user = TestPostgres.server().user();
        String url = "postgres://" + user + ":" + PASSWORD + "@" + server() + "/postgres?sslmode=require";
        try {
            connect(url);
        } catch (ConnectionException e) {
            org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("TLS").doesNotContain(PASSWORD);
            return;
        }
        org.junit.jupiter.api.Assumptions.abort("this server offers TLS, so sslmode=require succeeds");
    }
}
