package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No password, as written or percent-decoded, reaches stdout or stderr, whatever fails. */
class PasswordLeakTest {
    /** Passwords as written in a URL; each is distinctive enough to be searched for. */
    private static final List<String> PASSWORDS = List.of("p%40ss:word", "s3cr3t!", "h%C3%BCgel%2F%3F%23x", "pa%zzss9",
            "Tr0ub4dor%263");

    private static TestDatabase db;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void createDatabase() {
        db = TestPostgres.server().createDatabase();
        Fixtures.sparse(tmp);
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    /** URL templates; {@code PW} is replaced by each password. */
    static Stream<String> templates() {
        String server = TestPostgres.server().host() + ":" + TestPostgres.server().port();
        String user = TestPostgres.server().user();
        return Stream.of(
                "foo://u:PW@127.0.0.1:5432/db",
                "postgres://u:PW@no-such-host.invalid/db?sslmode=disable",
                "postgres://u:PW@127.0.0.1:1/db?sslmode=disable",
                "postgres://nosuchrole_jm:PW@" + server + "/" + db.name() + "?sslmode=disable",
                "postgres://" + user + ":PW@" + server + "/nosuchdb_jm?sslmode=disable",
                "postgres://" + user + ":PW@" + server + "/" + db.name() + "?sslmode=disable",
                "postgres://u:PW@127.0.0.1:5432/db?sslmode=%zz",
                "postgres://u:PW@127.0.0.1:5432/db?sslmode=bogus",
                "postgres://u:PW@127.0.0.1:5432/db?x-statement-timeout=abc",
                "postgres://u:PW@127.0.0.1:5432/db?x-multi-statement=maybe",
                "postgres://u:PW@127.0.0.1:5432/db?x-multi-statement-max-size=huge",
                "postgres://u:PW@127.0.0.1:5432/db?x-migrations-table-quoted=1&x-migrations-table=plain",
                "postgres://u:PW@127.0.0.1:5432/db?x-migrations-table-quoted=1&x-migrations-table=\"a\".\"b\".\"c\"",
                "postgres://u:PW@[::1/db",
                "postgres://u:PW@127.0.0.1:notaport/db",
                "postgres//u:PW@127.0.0.1/db",
                "u:PW@127.0.0.1/db",
                "postgres://127.0.0.1:1/db?user=u&password=PW",
                "postgresql://u:PW@127.0.0.1:1/db?connect_timeout=abc");
    }

    static Stream<Arguments> urls() {
        return templates().flatMap(t -> PASSWORDS.stream().map(pw -> Arguments.of(t.replace("PW", pw), pw)));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void noCommandShowsThePassword(String url, String password) {
        String path = tmp.resolve("migrations").toString();
        List<String[]> runs = List.of(
                new String[] {"-path", path, "-database", url, "up"},
                new String[] {"-verbose", "-path", path, "-database", url, "status"},
                new String[] {"goto", "2", "-path", path, "-database", url, "-verbose"});
        for (String[] args : runs) {
            assertHidden(Migrate.tool().run(args), password);
        }
        assertHidden(Migrate.tool().env(Settings.DATABASE_URL, url).run("-path", path, "version"), password);
        assertHidden(Migrate.tool().env(Settings.DATABASE_URL, url).run("-path", path, "-verbose", "locks"), password);
    }

    @Test
    void everyCommandAgainstAnUnreachableServer() {
        String url = "postgres://u:s3cr3t!@no-such-host.invalid/db?sslmode=disable";
        String path = tmp.resolve("migrations").toString();
        for (List<String> command : List.of(List.of("up"), List.of("down", "-all"), List.of("down", "1"), List.of("goto", "1"),
                List.of("force", "1"), List.of("drop", "-f"), List.of("version"), List.of("status", "-json"),
                List.of("validate"), List.of("locks"), List.of("up", "-dry-run"), List.of("down", "-dry-run"))) {
            List<String> args = new ArrayList<>(List.of("-verbose", "-path", path, "-database", url));
            args.addAll(command);
            Migrate.Result r = Migrate.tool().stdin("y\n").run(args.toArray(String[]::new));
            assertThat(r.code()).as(command.toString()).isEqualTo(1);
            assertHidden(r, "s3cr3t!");
        }
    }

    @Test
    void aUrlInTheWrongPlaceIsMaskedToo() {
        String url = "postgres://u:p%40ss:word@127.0.0.1/db";
        assertHidden(Migrate.tool().run(url), "p%40ss:word");
        assertHidden(Migrate.tool().run("-lock-timeout", url, "up"), "p%40ss:word");
        assertHidden(Migrate.tool().run("up", url), "p%40ss:word");
        assertHidden(Migrate.tool().run("-database", url, "-path", "/nonexistent/dir", "up"), "p%40ss:word");
    }

    @Test
    void theDirtyAdviceNeverShowsThePassword() {
        String url = db.url().replaceFirst("://([^:@/]+)@", "://$1:Pa55-dirty-w0rd@");
        Path dir = tmp.resolve("dirty");
        Fixtures.write(dir, "1_index.up.sql", "CREATE INDEX CONCURRENTLY i ON missing_table (id);");
        try {
            Migrate.Result first = Migrate.tool().run("-path", dir.toString(), "-database", url, "up");
            assertThat(first.code()).isEqualTo(1);
            assertHidden(first, "Pa55-dirty-w0rd");
            Migrate.Result again = Migrate.tool().run("-path", dir.toString(), "-database", url, "up", "-verbose");
            assertThat(again.err()).contains("Dirty database version 1", "xxxxx", "(with your password)");
            assertHidden(again, "Pa55-dirty-w0rd");
        } finally {
            Migrate.tool().run("-path", dir.toString(), "-database", url, "drop", "-f");
        }
    }

    private static void assertHidden(Migrate.Result r, String password) {
        List<String> forms = new ArrayList<>(List.of(password));
        try {
            forms.add(URLDecoder.decode(password, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException noDecodedForm) {
            // a stray % has no decoded form
        }
        for (String form : forms) {
            assertThat(r.out()).as(r.toString()).doesNotContain(form);
            assertThat(r.err()).as(r.toString()).doesNotContain(form);
        }
    }
}
