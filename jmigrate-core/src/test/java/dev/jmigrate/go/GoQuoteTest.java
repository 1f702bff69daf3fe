package dev.jmigrate.go;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected texts are what Go's fmt.Sprintf("%q", s) prints. */
class GoQuoteTest {

    @Test
    void quotesAsGoDoes() {
        assertThat(GoQuote.quote("")).isEqualTo("\"\"");
        assertThat(GoQuote.quote("abc")).isEqualTo("\"abc\"");
        assertThat(GoQuote.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(GoQuote.quote("\t\n\r\u0007\u000b\f\b")).isEqualTo("\"\\t\\n\\r\\a\\v\\f\\b\"");
        assertThat(GoQuote.quote("\u0001\u007f")).isEqualTo("\"\\x01\\x7f\"");
        assertThat(GoQuote.quote("héllo 日本")).isEqualTo("\"héllo 日本\"");
        assertThat(GoQuote.quote("\u00ad\u2028")).isEqualTo("\"\\u00ad\\u2028\"");
    }
}
