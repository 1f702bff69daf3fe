package dev.jmigrate.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

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

    @Test
    void keepsTheRawUrlAndTheLowerCaseScheme() {
        DatabaseUrl url = DatabaseUrl.parse("POSTGRES://u:secret@localhost/db");

        assertThat(url.scheme()).isEqualTo("postgres");
        assertThat(url.raw()).isEqualTo("POSTGRES://u:secret@localhost/db");
        assertThat(DatabaseUrl.parse("sqlite3://./app.db").scheme()).isEqualTo("sqlite3");
        assertThat(DatabaseUrl.parse("mysql://u:p@tcp(h:3306)/db").scheme()).isEqualTo("mysql");
    }

    @Test
    void theSchemeIsTheTextBeforeTheFirstColonAsInGolangMigrate() {
        assertThat(DatabaseUrl.parse("localhost:5432/db").scheme()).isEqualTo("localhost");
        assertThat(DatabaseUrl.parse("user:s3cr3t@localhost/db").redacted()).isEqualTo("user:xxxxx@localhost/db");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \t"})
    void anEmptyUrlSaysWhatToGive(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("no database URL: give -database URL or set DATABASE_URL");
    }

    @Test
    void aUrlWithoutSchemeIsAnErrorWithoutItsPassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("localhost/db"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("database URL 'localhost/db' has no scheme; write it as postgres://");
        assertThatThrownBy(() -> DatabaseUrl.parse("localhost/db?sslmode=disable&password=s3cr3t"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("has no scheme")
                .hasMessageContaining("localhost/db?sslmode=disable&password=xxxxx")
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> DatabaseUrl.parse(":s3cr3t@localhost/db"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("has no scheme")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void redactsThePasswordOfPostgresUrls() {
        assertThat(DatabaseUrl.parse("postgres://user:secret@localhost:5432/db?sslmode=disable").redacted())
                .isEqualTo("postgres://user:xxxxx@localhost:5432/db?sslmode=disable");
        assertThat(DatabaseUrl.parse("postgresql://user:secret@h1,h2:5433/db").redacted())
                .isEqualTo("postgresql://user:xxxxx@h1,h2:5433/db");
        assertThat(DatabaseUrl.parse("postgres://user:@localhost/db").redacted())
                .isEqualTo("postgres://user:xxxxx@localhost/db");
        assertThat(DatabaseUrl.parse("postgres://:secret@localhost/db").redacted())
                .isEqualTo("postgres://:xxxxx@localhost/db");
    }

    @Test
    void redactsThePasswordOfMysqlDsns() {
        assertThat(DatabaseUrl.parse("mysql://u:p@tcp(h:3306)/db").redacted())
                .isEqualTo("mysql://u:xxxxx@tcp(h:3306)/db");
        assertThat(DatabaseUrl.parse("mysql://root:pa:ss@tcp(127.0.0.1:3306)/app?x-tls-ca=/ca.pem").redacted())
                .isEqualTo("mysql://root:xxxxx@tcp(127.0.0.1:3306)/app?x-tls-ca=/ca.pem");
        assertThat(DatabaseUrl.parse("mysql://u:p@unix(/var/run/mysqld/mysqld.sock)/db").redacted())
                .isEqualTo("mysql://u:xxxxx@unix(/var/run/mysqld/mysqld.sock)/db");
    }

    @Test
    void leavesUrlsWithoutPasswordAlone() {
        for (String url : List.of("postgres://localhost/db", "postgres://user@localhost/db?sslmode=disable",
                "sqlite3://./app.db?x-no-tx-wrap=true", "mysql://root@tcp(h:3306)/db",
                "postgres://localhost/db?search_path=a,b&user=x@y")) {
            assertThat(DatabaseUrl.parse(url).redacted()).isEqualTo(url);
            assertThat(DatabaseUrl.parse(url).secrets()).isEmpty();
        }
    }

    @Test
    void redactsPasswordParameters() {
        assertThat(DatabaseUrl.parse("postgres://h/db?sslmode=disable&password=secret").redacted())
                .isEqualTo("postgres://h/db?sslmode=disable&password=xxxxx");
        assertThat(DatabaseUrl.parse("postgres://h/db?password=secret&sslmode=disable").redacted())
                .isEqualTo("postgres://h/db?password=xxxxx&sslmode=disable");
        assertThat(DatabaseUrl.parse("postgres://h/db?sslpassword=keypass&sslkey=/k.pem").redacted())
                .isEqualTo("postgres://h/db?sslpassword=xxxxx&sslkey=/k.pem");
        assertThat(DatabaseUrl.parse("postgres://h/db?PASSWORD=secret").redacted())
                .isEqualTo("postgres://h/db?PASSWORD=xxxxx");
        assertThat(DatabaseUrl.parse("postgres://u:one@h/db?password=two").redacted())
                .isEqualTo("postgres://u:xxxxx@h/db?password=xxxxx");
    }

    @Test
    void findsPasswordParametersInAnyCase() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://h/db?sslmode=disable&PassWord=s3cret&SSLPASSWORD=keypass");

        assertThat(url.secrets()).containsExactlyInAnyOrder("s3cret", "keypass");
        assertThat(url.redacted()).isEqualTo("postgres://h/db?sslmode=disable&PassWord=xxxxx&SSLPASSWORD=xxxxx");
    }

    @Test
    void doesNotMistakeOtherParametersForPasswords() {
        String url = "postgres://h/db?x-password-file=f&mypassword=no";

        assertThat(DatabaseUrl.parse(url).redacted()).isEqualTo(url);
    }

    @Test
    void toStringIsRedacted() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://user:secret@localhost/db");

        assertThat(url).hasToString("postgres://user:xxxxx@localhost/db");
        assertThat(url.toString()).isEqualTo(url.redacted());
    }

    @Test
    void secretsListTheRawAndDecodedPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p%40ss%3Aw%2Frd@localhost/db");

        assertThat(url.secrets()).containsExactlyInAnyOrder("p%40ss%3Aw%2Frd", "p@ss:w/rd");
        assertThat(url.redacted()).isEqualTo("postgres://u:xxxxx@localhost/db");
    }

    @Test
    void unescapedAtAndColonStayInsideThePassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@ss:word@localhost:5432/db");

        assertThat(url.redacted()).isEqualTo("postgres://u:xxxxx@localhost:5432/db");
        assertThat(url.secrets()).contains("p@ss:word");
    }

    @Test
    void plusInTheUserInfoIsAPlus() {
        assertThat(DatabaseUrl.parse("postgres://u:a+b@h/db").secrets()).containsExactly("a+b");
    }

    @Test
    void plusInAPasswordParameterIsASpaceAsInGoQueries() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://h/db?password=a+b%21");

        assertThat(url.secrets()).contains("a+b%21", "a b!");
        assertThat(url.redacted()).isEqualTo("postgres://h/db?password=xxxxx");
    }

    @Test
    void aStrayPercentHasOnlyItsRawForm() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:50%off@h/db");

        assertThat(url.secrets()).containsExactly("50%off");
        assertThat(url.redacted()).isEqualTo("postgres://u:xxxxx@h/db");
    }

    @Test
    void passwordsParameterSecretsAreListed() {
        assertThat(DatabaseUrl.parse("postgres://u:one@h/db?password=two&sslpassword=three").secrets())
                .contains("one", "two", "three");
        assertThat(DatabaseUrl.parse("postgres://h/db?password=").secrets()).isEmpty();
    }

    @Test
    void urlsWithoutTheTwoSlashesAreRedactedToo() {
        assertThat(DatabaseUrl.parse("postgres:u:s3cr3t@localhost/db").redacted()).doesNotContain("s3cr3t");
        assertThat(DatabaseUrl.parse("postgres:/u:s3cr3t@localhost/db").redacted()).doesNotContain("s3cr3t");
        assertThat(DatabaseUrl.parse("postgres:u:s3cr3t@localhost/db").redacted()).isEqualTo("postgres:xxxxx@localhost/db");
        assertThat(DatabaseUrl.redact("u:s3cr3t@localhost:5432/db")).doesNotContain("s3cr3t");
    }

    @Test
    void aDoubleSlashInThePathOrQueryIsNoAuthority() {
        assertThat(DatabaseUrl.parse("postgres:u:s3cr3t@localhost//db").redacted()).doesNotContain("s3cr3t");
        assertThat(DatabaseUrl.parse("postgres:u:s3cr3t@localhost/db?sslrootcert=http://x").redacted())
                .doesNotContain("s3cr3t");
    }

    @Test
    void secretsComeOnlyFromAUrlWithAnAuthority() {
        assertThat(DatabaseUrl.parse("sqlite3:data@v2.db").secrets()).isEmpty();
        assertThat(DatabaseUrl.parse("sqlite3://./data:x@v2.db").secrets()).contains("x");
    }

    @Test
    void redactWorksOnAnyUrlLikeText() {
        assertThat(DatabaseUrl.redact("failed: postgres://u:pw@h/db")).doesNotContain(":pw@");
        assertThat(DatabaseUrl.redact("no url here")).isEqualTo("no url here");
    }

    // ---- properties -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> passwords() {
        return dev.jmigrate.testing.Passwords.any();
    }

    @Provide
    Arbitrary<String> urlTemplates() {
        return Arbitraries.of(
                "postgres://user:%s@localhost:5432/db?sslmode=disable",
                "postgresql://user:%s@h1:5432,h2:5433/db",
                "postgres://:%s@localhost/db",
                "postgres://user@localhost/db?sslmode=disable&password=%s",
                "postgres://user@localhost/db?password=%s&sslmode=disable",
                "postgres://user@localhost/db?sslkey=/k.pem&sslpassword=%s",
                "mysql://root:%s@tcp(127.0.0.1:3306)/app?x-migrations-table=m",
                "postgres:user:%s@localhost/db");
    }

    @Provide
    Arbitrary<String> schemelessTemplates() {
        return Arbitraries.of(
                "localhost/db?password=%s",
                "user@localhost/db?sslmode=disable&sslpassword=%s",
                ":%s@localhost/db",
                ":%s@localhost/db?password=%s");
    }

    private static void assertHidden(String text, String password, String encoded, String control) {
        Assume.that(!control.contains(password) && !control.contains(encoded));
        assertThat(text).doesNotContain(password).doesNotContain(encoded);
    }

    @Property
    void neitherTheRawNorTheDecodedPasswordIsShown(@ForAll("passwords") String password,
                                                   @ForAll("urlTemplates") String template) {
        String encoded = percentEncode(password);
        String control = DatabaseUrl.parse(template.formatted("")).redacted();
        DatabaseUrl url = DatabaseUrl.parse(template.formatted(encoded));

        assertHidden(url.redacted(), password, encoded, control);
        assertHidden(url.toString(), password, encoded, control);
        assertThat(url.redacted()).isEqualTo(control);
        if (template.contains("//")) {
            assertThat(url.secrets()).contains(encoded, password);
        }
    }

    @Property
    void aUrlWithoutSchemeNeverShowsThePasswordInItsError(@ForAll("passwords") String password,
                                                          @ForAll("schemelessTemplates") String template) {
        String encoded = percentEncode(password);
        String url = template.replace("%s", encoded);
        String control = catchThrowableOfType(DatabaseUrlException.class,
                () -> DatabaseUrl.parse(template.replace("%s", ""))).getMessage();

        DatabaseUrlException e = catchThrowableOfType(DatabaseUrlException.class, () -> DatabaseUrl.parse(url));

        assertThat(e).isNotNull();
        assertHidden(e.getMessage(), password, encoded, control);
    }
}
