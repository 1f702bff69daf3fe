package dev.jmigrate.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's {@code url.ParseQuery} and golang-migrate's {@code strconv} conversions. */
class UrlParametersTest {

    @Test
    void noQueryGivesNoParameters() {
        assertThat(UrlParameters.parse(null).asMap()).isEmpty();
        assertThat(UrlParameters.parse("").asMap()).isEmpty();
        assertThat(UrlParameters.parse("&&").asMap()).isEmpty();
    }

    @Test
    void keepsUrlOrder() {
        assertThat(UrlParameters.parse("z=1&a=2&m=3").asMap()).containsExactly(entry("z", "1"), entry("a", "2"), entry("m", "3"));
    }

    @Test
    void plusIsASpaceAndPercentEscapesAreDecoded() {
        UrlParameters p = UrlParameters.parse("search_path=my+schema,public&app=a%20b&plus=%2B&utf=caf%C3%A9");

        assertThat(p.get("search_path")).isEqualTo("my schema,public");
        assertThat(p.get("app")).isEqualTo("a b");
        assertThat(p.get("plus")).isEqualTo("+");
        assertThat(p.get("utf")).isEqualTo("café");
    }

    @Test
    void keysAreDecodedToo() {
        UrlParameters p = UrlParameters.parse("x%2Dmigrations%2Dtable=t&a+b=c");

        assertThat(p.get("x-migrations-table")).isEqualTo("t");
        assertThat(p.get("a b")).isEqualTo("c");
    }

    @Test
    void theFirstOfRepeatedKeysWins() {
        UrlParameters p = UrlParameters.parse("x-migrations-table=first&x-migrations-table=second");

        assertThat(p.get("x-migrations-table")).isEqualTo("first");
        assertThat(p.asMap()).hasSize(1);
    }

    @Test
    void aKeyWithoutValueIsEmptyAndTheValueMayContainEquals() {
        UrlParameters p = UrlParameters.parse("flag&empty=&options=-c%20a=b&x=a=b=c");

        assertThat(p.has("flag")).isTrue();
        assertThat(p.get("flag")).isEmpty();
        assertThat(p.get("empty")).isEmpty();
        assertThat(p.get("options")).isEqualTo("-c a=b");
        assertThat(p.get("x")).isEqualTo("a=b=c");
        assertThat(p.has("missing")).isFalse();
        assertThat(p.get("missing")).isNull();
    }

    @Test
    void theMapIsReadOnly() {
        UrlParameters p = UrlParameters.parse("a=1");

        assertThatThrownBy(() -> p.asMap().put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "t", "T", "TRUE", "true", "True"})
    void boolAcceptsGoTrueSpellings(String value) {
        assertThat(UrlParameters.parse("x-multi-statement=" + value).bool("x-multi-statement", false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "f", "F", "FALSE", "false", "False"})
    void boolAcceptsGoFalseSpellings(String value) {
        assertThat(UrlParameters.parse("x-multi-statement=" + value).bool("x-multi-statement", true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "off", "tRUE", "fALSE", "2", "-1", "y", "n", "truee", "%20true"})
    void boolRejectsEverythingElseWithGolangMigratesText(String value) {
        UrlParameters p = UrlParameters.parse("x-multi-statement=" + value);
        String decoded = p.get("x-multi-statement");

        assertThatThrownBy(() -> p.bool("x-multi-statement", false))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessage("unable to parse option x-multi-statement: strconv.ParseBool: parsing \"" + decoded
                        + "\": invalid syntax");
    }

    @Test
    void boolFallsBackWhenMissingOrEmpty() {
        assertThat(UrlParameters.parse("").bool("x-multi-statement", true)).isTrue();
        assertThat(UrlParameters.parse("").bool("x-multi-statement", false)).isFalse();
        assertThat(UrlParameters.parse("x-multi-statement=").bool("x-multi-statement", true)).isTrue();
    }

    @Test
    void integerReadsGoAtoiNumbers() {
        assertThat(UrlParameters.parse("n=42").integer("n", 0)).isEqualTo(42);
        assertThat(UrlParameters.parse("n=-5").integer("n", 0)).isEqualTo(-5);
        assertThat(UrlParameters.parse("n=%2B7").integer("n", 0)).isEqualTo(7);
        assertThat(UrlParameters.parse("n=007").integer("n", 0)).isEqualTo(7);
        assertThat(UrlParameters.parse("n=9223372036854775807").integer("n", 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(UrlParameters.parse("n=-9223372036854775808").integer("n", 0)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void integerFallsBackWhenMissingOrEmpty() {
        assertThat(UrlParameters.parse("").integer("n", 15)).isEqualTo(15);
        assertThat(UrlParameters.parse("n=").integer("n", 15)).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "5s", "0x10", "1_000", "++5", "+-5", "--5", "-", "+", "١٢٣", "%201", "1%20"})
    void integerRejectsWhatAtoiRejects(String value) {
        UrlParameters p = UrlParameters.parse("x-statement-timeout=" + value);
        String decoded = p.get("x-statement-timeout");

        assertThatThrownBy(() -> p.integer("x-statement-timeout", 0))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("strconv.Atoi: parsing \"" + decoded + "\": invalid syntax")
                .hasMessageContaining("x-statement-timeout");
    }

    @Test
    void integerOutOfRangeHasAtoisText() {
        UrlParameters p = UrlParameters.parse("x-statement-timeout=9223372036854775808");

        assertThatThrownBy(() -> p.integer("x-statement-timeout", 0))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageStartingWith("strconv.Atoi: parsing \"9223372036854775808\": value out of range");
    }

    @Test
    void decodeReadsPercentEscapesAndPlus() {
        assertThat(UrlParameters.decode("a%40b+c")).isEqualTo("a@b c");
    }

    @Test
    void aMalformedEscapeIsAUrlErrorThatSaysHowToWriteAPercent() {
        assertThatThrownBy(() -> UrlParameters.parse("sslmode=%zz"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("percent-escape")
                .hasMessageContaining("%25");
        assertThatThrownBy(() -> UrlParameters.decode("50%"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("%25");
    }

    @Test
    void aMalformedEscapeInAPasswordValueDoesNotShowThePassword() {
        assertThatThrownBy(() -> UrlParameters.parse("sslmode=disable&password=s3cr%zzt"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageContaining("password")
                .hasMessageNotContaining("s3cr");
        assertThatThrownBy(() -> UrlParameters.decode("s3cr%zzt"))
                .isInstanceOf(DatabaseUrlException.class)
                .hasMessageNotContaining("s3cr");
    }
}
