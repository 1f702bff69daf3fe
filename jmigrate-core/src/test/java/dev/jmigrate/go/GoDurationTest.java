package dev.jmigrate.go;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoDurationTest {

    private static final long NS = 1;
    private static final long US = 1_000 * NS;
    private static final long MS = 1_000 * US;
    private static final long S = 1_000 * MS;
    private static final long M = 60 * S;
    private static final long H = 60 * M;
    private static final long HUNDRED_DAYS = 100 * 24 * H;

    /** Go's documented {@code Duration.String} results and the unit boundaries. */
    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of(0L, "0s"),
                Arguments.of(1 * NS, "1ns"),
                Arguments.of(1100 * NS, "1.1\u00b5s"),
                Arguments.of(2200 * US, "2.2ms"),
                Arguments.of(3300 * MS, "3.3s"),
                Arguments.of(4 * M + 5 * S, "4m5s"),
                Arguments.of(4 * M + 5001 * MS, "4m5.001s"),
                Arguments.of(5 * H + 6 * M + 7001 * MS, "5h6m7.001s"),
                Arguments.of(8 * M + 1 * NS, "8m0.000000001s"),
                Arguments.of(Long.MAX_VALUE, "2562047h47m16.854775807s"),
                Arguments.of(Long.MIN_VALUE, "-2562047h47m16.854775808s"),
                Arguments.of(999 * NS, "999ns"),
                Arguments.of(1 * US, "1\u00b5s"),
                Arguments.of(812_500 * NS, "812.5\u00b5s"),
                Arguments.of(999_999 * NS, "999.999\u00b5s"),
                Arguments.of(1 * MS, "1ms"),
                Arguments.of(12_345_678 * NS, "12.345678ms"),
                Arguments.of(999_999_999 * NS, "999.999999ms"),
                Arguments.of(1 * S, "1s"),
                Arguments.of(1500 * MS, "1.5s"),
                Arguments.of(59_900 * MS, "59.9s"),
                Arguments.of(1 * M, "1m0s"),
                Arguments.of(75 * S, "1m15s"),
                Arguments.of(1 * H, "1h0m0s"),
                Arguments.of(2 * H, "2h0m0s"),
                Arguments.of(H + 5 * S, "1h0m5s"),
                Arguments.of(H + 2 * M + 3500 * MS, "1h2m3.5s"),
                Arguments.of(-1500 * MS, "-1.5s"),
                Arguments.of(-1 * NS, "-1ns"),
                Arguments.of(-812_500 * NS, "-812.5\u00b5s"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formatted")
    void formatsAsGo(long nanos, String expected) {
        assertThat(GoDuration.format(Duration.ofNanos(nanos))).isEqualTo(expected);
    }

    @Test
    void clampsDurationsBeyondGoRange() {
        assertThat(GoDuration.format(Duration.ofDays(200_000))).isEqualTo("2562047h47m16.854775807s");
        assertThat(GoDuration.format(Duration.ofDays(-200_000))).isEqualTo("-2562047h47m16.854775808s");
        assertThat(GoDuration.format(Duration.ofNanos(Long.MAX_VALUE).plusNanos(1)))
                .isEqualTo("2562047h47m16.854775807s");
    }

    /** Go's own {@code ParseDuration} test table. */
    static Stream<Arguments> parsed() {
        return Stream.of(
                Arguments.of("0", 0L),
                Arguments.of("5s", 5 * S),
                Arguments.of("30s", 30 * S),
                Arguments.of("1478s", 1478 * S),
                Arguments.of("-5s", -5 * S),
                Arguments.of("+5s", 5 * S),
                Arguments.of("-0", 0L),
                Arguments.of("+0", 0L),
                Arguments.of("5.0s", 5 * S),
                Arguments.of("5.6s", 5 * S + 600 * MS),
                Arguments.of("5.s", 5 * S),
                Arguments.of(".5s", 500 * MS),
                Arguments.of("1.0s", 1 * S),
                Arguments.of("1.00s", 1 * S),
                Arguments.of("1.004s", 1 * S + 4 * MS),
                Arguments.of("1.0040s", 1 * S + 4 * MS),
                Arguments.of("100.00100s", 100 * S + 1 * MS),
                Arguments.of("10ns", 10 * NS),
                Arguments.of("11us", 11 * US),
                Arguments.of("12\u00b5s", 12 * US),
                Arguments.of("12\u03bcs", 12 * US),
                Arguments.of("13ms", 13 * MS),
                Arguments.of("14s", 14 * S),
                Arguments.of("15m", 15 * M),
                Arguments.of("16h", 16 * H),
                Arguments.of("3h30m", 3 * H + 30 * M),
                Arguments.of("10.5s4m", 4 * M + 10 * S + 500 * MS),
                Arguments.of("-2m3.4s", -(2 * M + 3 * S + 400 * MS)),
                Arguments.of("1h2m3s4ms5us6ns", H + 2 * M + 3 * S + 4 * MS + 5 * US + 6 * NS),
                Arguments.of("39h9m14.425s", 39 * H + 9 * M + 14 * S + 425 * MS),
                Arguments.of("52763797000ns", 52_763_797_000L),
                Arguments.of("0.3333333333333333333h", 20 * M),
                Arguments.of("9007199254740993ns", (1L << 53) + 1),
                Arguments.of("9223372036854775807ns", Long.MAX_VALUE),
                Arguments.of("9223372036854775.807us", Long.MAX_VALUE),
                Arguments.of("9223372036s854ms775us807ns", Long.MAX_VALUE),
                Arguments.of("-9223372036854775808ns", Long.MIN_VALUE),
                Arguments.of("-9223372036854775.808us", Long.MIN_VALUE),
                Arguments.of("-9223372036s854ms775us808ns", Long.MIN_VALUE),
                Arguments.of("-2562047h47m16.854775808s", Long.MIN_VALUE),
                Arguments.of("0.100000000000000000000h", 6 * M),
                Arguments.of("0.830103483285477580700h", 49 * M + 48 * S + 372_539_827 * NS),
                Arguments.of("300ms", 300 * MS),
                Arguments.of("-1.5h", -(H + 30 * M)),
                Arguments.of("2h45m", 2 * H + 45 * M),
                Arguments.of("1m30.5s", M + 30 * S + 500 * MS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsed")
    void parsesAsGo(String text, long expectedNanos) {
        assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofNanos(expectedNanos));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("", "time: invalid duration \"\""),
                Arguments.of("3", "time: missing unit in duration \"3\""),
                Arguments.of("-", "time: invalid duration \"-\""),
                Arguments.of("s", "time: invalid duration \"s\""),
                Arguments.of(".", "time: invalid duration \".\""),
                Arguments.of("-.", "time: invalid duration \"-.\""),
                Arguments.of(".s", "time: invalid duration \".s\""),
                Arguments.of("+.s", "time: invalid duration \"+.s\""),
                Arguments.of("+-1s", "time: invalid duration \"+-1s\""),
                Arguments.of("1d", "time: unknown unit \"d\" in duration \"1d\""),
                Arguments.of("1h30", "time: missing unit in duration \"1h30\""),
                Arguments.of("1 s", "time: unknown unit \" s\" in duration \"1 s\""),
                Arguments.of("1\u00b5", "time: unknown unit \"\\xc2\\xb5\" in duration \"1\\xc2\\xb5\""),
                Arguments.of("\ufffd", "time: invalid duration \"\\xef\\xbf\\xbd\""),
                Arguments.of("\"1\\s", "time: invalid duration \"\\\"1\\\\s\""),
                Arguments.of("9223372036854775810ns", "time: invalid duration \"9223372036854775810ns\""),
                Arguments.of("9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\""),
                Arguments.of("9223372036854775.808us", "time: invalid duration \"9223372036854775.808us\""),
                Arguments.of("9223372036854ms775us808ns", "time: invalid duration \"9223372036854ms775us808ns\""),
                Arguments.of("-9223372036854775809ns", "time: invalid duration \"-9223372036854775809ns\""),
                Arguments.of("2562048h", "time: invalid duration \"2562048h\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rejected")
    void rejectsAsGo(String text, String message) {
        assertThatThrownBy(() -> GoDuration.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Property
    void parseInvertsFormat(@ForAll @LongRange(min = -HUNDRED_DAYS, max = HUNDRED_DAYS) long nanos) {
        Duration d = Duration.ofNanos(nanos);
        assertThat(GoDuration.parse(GoDuration.format(d))).isEqualTo(d);
    }

    @Property
    void parseInvertsFormatOverGoRange(@ForAll long nanos) {
        Duration d = Duration.ofNanos(nanos);
        assertThat(GoDuration.parse(GoDuration.format(d))).isEqualTo(d);
    }
}
