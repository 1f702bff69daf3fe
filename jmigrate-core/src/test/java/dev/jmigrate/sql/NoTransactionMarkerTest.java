package dev.jmigrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoTransactionMarkerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "-- jmigrate:no-transaction",
        "-- jmigrate:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);",
        "-- JMIGRATE:No-Transaction\r\nSELECT 1;",
        "--    jmigrate:no-transaction",
        "--\tjmigrate:no-transaction",
        "   -- jmigrate:no-transaction   \nSELECT 1",
        "\uFEFF-- jmigrate:no-transaction\n",
        "-- jmigrate:no-transaction\rSELECT 1",
    })
    void detectsTheMarkerOnTheFirstLine(String sql) {
        assertThat(NoTransactionMarker.isPresent(sql)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "SELECT 1;",
        "\n-- jmigrate:no-transaction",
        "SELECT 1; -- jmigrate:no-transaction",
        "--jmigrate:no-transaction",
        "-- jmigrate:no-transaction please",
        "-- jmigrate: no-transaction",
        "-- jmigrate:no-transactions",
        "/* jmigrate:no-transaction */",
        "# jmigrate:no-transaction",
        "-",
        "--",
    })
    void ignoresAnythingElse(String sql) {
        assertThat(NoTransactionMarker.isPresent(sql)).isFalse();
    }

    @Test
    void theCanonicalTextIsTheMarker() {
        assertThat(NoTransactionMarker.TEXT).isEqualTo("-- jmigrate:no-transaction");
        assertThat(NoTransactionMarker.isPresent(NoTransactionMarker.TEXT)).isTrue();
    }
}
