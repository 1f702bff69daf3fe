package dev.jmigrate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.sqlite.SqliteUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** golang-migrate.md 5.2: {@code sqlite3://} URLs, golang-migrate's DSN rule, translated to sqlite-jdbc. */
class SqliteUrlTest {

    private static SqliteUrl sqlite(String url) {
        return SqliteUrl.parse(DatabaseUrl.parse(url));
    }

    @Test
    void theDsnIsTheUrlWithoutSchemeAndSlashes() {
        assertThat(sqlite("sqlite3://./x.db").dsn()).isEqualTo("./x.db");
        assertThat(sqlite("sqlite3:///abs.db").dsn()).isEqualTo("/abs.db");
        assertThat(sqlite("sqlite3://x.db").dsn()).isEqualTo("x.db");
        assertThat(sqlite("sqlite3://data/app.db?x-no-tx-wrap=true").dsn()).isEqualTo("data/app.db");
        assertThat(sqlite("sqlite://./x.db").dsn()).isEqualTo("./x.db");
    }

    @Test
    void relativePathsAreRelativeToTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertThat(sqlite("sqlite3://./x.db").file()).isEqualTo(cwd.resolve("x.db"));
        assertThat(sqlite("sqlite3://x.db").file()).isEqualTo(cwd.resolve("x.db"));
        assertThat(sqlite("sqlite3:///var/lib/app.db").file()).isEqualTo(Path.of("/var/lib/app.db"));
        assertThat(sqlite("sqlite3:///var/lib/app.db").jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/app.db");
    }

    @Test
    void xParametersAreGolangMigratesAndNeverReachTheDriver() {
        SqliteUrl url = sqlite("sqlite3://./x.db?x-migrations-table=versions&x-no-tx-wrap=true&x-unknown=1");

        assertThat(url.options().table()).isEqualTo("versions");
        assertThat(url.options().noTxWrap()).isTrue();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:./x.db");
        assertThat(url.properties().stringPropertyNames()).noneMatch(k -> k.startsWith("x-"));
        assertThat(sqlite("sqlite3://./x.db").options().table()).isEqualTo("schema_migrations");
        assertThat(sqlite("sqlite3://./x.db").options().noTxWrap()).isFalse();
        assertThatThrownBy(() -> sqlite("sqlite3://./x.db?x-no-tx-wrap=sometimes"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("unable to parse option x-no-tx-wrap: strconv.ParseBool: parsing \"sometimes\": invalid syntax");
    }

    @Test
    void writersWaitAndTransactionsTakeTheWriteLockByDefault() {
        SqliteUrl url = sqlite("sqlite3://./x.db");

        assertThat(url.properties().getProperty("busy_timeout")).isEqualTo("5000");
        assertThat(url.properties().getProperty("transaction_mode")).isEqualTo("IMMEDIATE");
        assertThat(sqlite("sqlite3://./x.db?_busy_timeout=250").properties().getProperty("busy_timeout")).isEqualTo("250");
        assertThat(sqlite("sqlite3://./x.db?_timeout=250").properties().getProperty("busy_timeout")).isEqualTo("250");
        assertThat(sqlite("sqlite3://./x.db?_txlock=deferred").properties().getProperty("transaction_mode"))
                .isEqualTo("DEFERRED");
        assertThatThrownBy(() -> sqlite("sqlite3://./x.db?_txlock=later")).isInstanceOf(DatabaseUrlException.class);
    }

    @Test
    void mattnsPragmaParametersBecomePragmas() {
        SqliteUrl url = sqlite("sqlite3://./x.db?_foreign_keys=1&_journal_mode=WAL&_sync=NORMAL&_rt=false&_loc=auto");

        assertThat(url.pragmas()).containsExactly("PRAGMA foreign_keys = 1", "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = NORMAL", "PRAGMA recursive_triggers = 0");
        assertThat(sqlite("sqlite3://./x.db?_fk=ON&_query_only=no").pragmas())
                .containsExactly("PRAGMA foreign_keys = 1", "PRAGMA query_only = 0");
        assertThatThrownBy(() -> sqlite("sqlite3://./x.db?_fk=maybe")).isInstanceOf(DatabaseUrlException.class);
        assertThatThrownBy(() -> sqlite("sqlite3://./x.db?_journal_mode=WAL;DROP")).isInstanceOf(DatabaseUrlException.class);
    }

    @Test
    void moderncPragmaParametersMayRepeat() {
        SqliteUrl url = sqlite("sqlite://./x.db?_pragma=foreign_keys(1)&_pragma=busy_timeout%285000%29");

        assertThat(url.pragmas()).containsExactly("PRAGMA foreign_keys = 1", "PRAGMA busy_timeout = 5000");
        assertThatThrownBy(() -> sqlite("sqlite://./x.db?_pragma=foreign_keys(1);DROP")).isInstanceOf(DatabaseUrlException.class);
    }

    @Test
    void sqliteJdbcSettingsPassUnderTheirNames() {
        assertThat(sqlite("sqlite3://./x.db?foreign_keys=true").properties().getProperty("foreign_keys")).isEqualTo("true");
        assertThat(sqlite("sqlite3://./x.db?whatever=1").properties().getProperty("whatever")).isNull();
    }

    @Test
    void uriParametersOpenTheFileAsAnSqliteUri() {
        assertThat(sqlite("sqlite3://./x.db?mode=ro").jdbcUrl()).isEqualTo("jdbc:sqlite:file:./x.db?mode=ro");
        assertThat(sqlite("sqlite3://file:x.db?cache=shared").jdbcUrl()).isEqualTo("jdbc:sqlite:file:x.db?cache=shared");
        assertThat(sqlite("sqlite3://file:x.db").file()).isEqualTo(Path.of("x.db").toAbsolutePath());
        assertThat(sqlite("sqlite3://file:///tmp/a%20b.db").file()).isEqualTo(Path.of("/tmp/a b.db"));
    }

    @Test
    void inMemoryDatabasesHaveNoFile() {
        assertThat(sqlite("sqlite3://:memory:").inMemory()).isTrue();
        assertThat(sqlite("sqlite3://:memory:").sharedMemory()).isNull();
        assertThat(sqlite("sqlite3://file::memory:?cache=shared").inMemory()).isTrue();
        assertThat(sqlite("sqlite3://file::memory:?cache=shared").sharedMemory()).isEqualTo("file::memory:");
        assertThat(sqlite("sqlite3://file:mem1?mode=memory&cache=shared").inMemory()).isTrue();
        assertThat(sqlite("sqlite3://./x.db").inMemory()).isFalse();
    }

    @Test
    void aUrlWithoutTheSlashesSaysHowToWriteIt() {
        assertThatThrownBy(() -> sqlite("sqlite3:x.db")).isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("sqlite3://./app.db");
    }
}
