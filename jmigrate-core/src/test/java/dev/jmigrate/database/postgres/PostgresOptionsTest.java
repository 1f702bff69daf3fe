package dev.jmigrate.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.database.DatabaseUrlException;
import dev.jmigrate.database.UrlParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** golang-migrate.md 4.1: the {@code x-} parameters of the PostgreSQL driver. */
class PostgresOptionsTest {

    private static PostgresOptions options(String query) {
        return PostgresOptions.from(UrlParameters.parse(query));
    }

    private static String table(String value) {
        return "x-migrations-table=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void defaults() {
        PostgresOptions o = options("");

        assertThat(o.schema()).isNull();
        assertThat(o.table()).isEqualTo("schema_migrations").isEqualTo(PostgresOptions.DEFAULT_TABLE);
        assertThat(o.statementTimeoutMillis()).isZero();
        assertThat(o.multiStatement()).isFalse();
        assertThat(o.multiStatementMaxSize()).isEqualTo(10485760L).isEqualTo(PostgresOptions.DEFAULT_MAX_SIZE);
    }

    @Test
    void migrationsTable() {
        assertThat(options("x-migrations-table=my_versions").table()).isEqualTo("my_versions");
        assertThat(options("x-migrations-table=").table()).isEqualTo("schema_migrations");
    }

    @Test
    void withoutQuotedADottedTableIsOneIdentifier() {
        PostgresOptions o = options("x-migrations-table=migrate.schema_migrations");

        assertThat(o.schema()).isNull();
        assertThat(o.table()).isEqualTo("migrate.schema_migrations");
        assertThat(options(table("\"a\".\"b\"") + "&x-migrations-table-quoted=false").table()).isEqualTo("\"a\".\"b\"");
    }

    @Test
    void quotedSchemaAndTable() {
        PostgresOptions o = options(table("\"migrate\".\"schema_migrations\"") + "&x-migrations-table-quoted=true");

        assertThat(o.schema()).isEqualTo("migrate");
        assertThat(o.table()).isEqualTo("schema_migrations");
    }

    @Test
    void quotedTableOnly() {
        PostgresOptions o = options(table("\"My Table\"") + "&x-migrations-table-quoted=1");

        assertThat(o.schema()).isNull();
        assertThat(o.table()).isEqualTo("My Table");
    }

    @Test
    void dotsInsideQuotesBelongToTheName() {
        PostgresOptions o = options(table("\"a.b\".\"c.d\"") + "&x-migrations-table-quoted=T");

        assertThat(o.schema()).isEqualTo("a.b");
        assertThat(o.table()).isEqualTo("c.d");
    }

    @Test
    void quotedWithoutATableUsesTheDefault() {
        PostgresOptions o = options("x-migrations-table-quoted=true");

        assertThat(o.schema()).isNull();
        assertThat(o.table()).isEqualTo("schema_migrations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema_migrations", "migrate.\"t\"", "\"migrate\".t", "\"", "t\""})
    void quotedRequiresQuotesWithGolangMigratesText(String value) {
        assertThatThrownBy(() -> options(table(value) + "&x-migrations-table-quoted=true"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("x-migrations-table must be quoted (for instance '\"migrate\".\"schema_migrations\"') "
                        + "when x-migrations-table-quoted is enabled, current value is: " + value);
    }

    @Test
    void moreThanTwoQuotedPartsAreTooManyDots() {
        String value = "\"a\".\"b\".\"c\"";

        assertThatThrownBy(() -> options(table(value) + "&x-migrations-table-quoted=true"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("\"\"a\".\"b\".\"c\"\" MigrationsTable contains too many dot characters");
    }

    @Test
    void quotedMustBeAGoBool() {
        assertThatThrownBy(() -> options(table("\"t\"") + "&x-migrations-table-quoted=yes"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("unable to parse option x-migrations-table-quoted: strconv.ParseBool: parsing \"yes\": invalid syntax");
    }

    @Test
    void statementTimeout() {
        assertThat(options("x-statement-timeout=1500").statementTimeoutMillis()).isEqualTo(1500);
        assertThat(options("x-statement-timeout=0").statementTimeoutMillis()).isZero();
        assertThatThrownBy(() -> options("x-statement-timeout=5s"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("strconv.Atoi: parsing \"5s\": invalid syntax");
    }

    @Test
    void multiStatement() {
        assertThat(options("x-multi-statement=true").multiStatement()).isTrue();
        assertThat(options("x-multi-statement=False").multiStatement()).isFalse();
        assertThatThrownBy(() -> options("x-multi-statement=on"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("unable to parse option x-multi-statement: strconv.ParseBool: parsing \"on\": invalid syntax");
    }

    @Test
    void multiStatementMaxSize() {
        assertThat(options("x-multi-statement-max-size=1024").multiStatementMaxSize()).isEqualTo(1024);
        assertThat(options("x-multi-statement-max-size=0").multiStatementMaxSize()).isEqualTo(10485760L);
        assertThat(options("x-multi-statement-max-size=-5").multiStatementMaxSize()).isEqualTo(10485760L);
        assertThatThrownBy(() -> options("x-multi-statement-max-size=10MB"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("strconv.Atoi: parsing \"10MB\": invalid syntax");
    }

    @Test
    void theFirstOfRepeatedKeysWins() {
        assertThat(options("x-migrations-table=a&x-migrations-table=b").table()).isEqualTo("a");
    }

    @Test
    void unknownXKeysAreIgnored() {
        PostgresOptions o = options("x-unknown=1&x-no-lock=true");

        assertThat(o).isEqualTo(options(""));
    }
}
