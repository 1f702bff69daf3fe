package dev.jmigrate.cli.go;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoTimeLayoutTest {

    /** Go's reference time, Mon Jan 2 15:04:05 MST 2006. */
    private static final ZonedDateTime REFERENCE =
            ZonedDateTime.of(2006, 1, 2, 15, 4, 5, 0, ZoneId.of("America/Denver"));

    /** A Saturday, the 69th day of a leap year, in a zone half an hour off the hour. */
    private static final ZonedDateTime KOLKATA =
            ZonedDateTime.of(2024, 3, 9, 7, 5, 3, 120_000_000, ZoneId.of("Asia/Kolkata"));

    private static final ZonedDateTime UTC = KOLKATA.withZoneSameInstant(ZoneOffset.UTC);

    /** Go's layout constants rendered at the reference time give themselves, bar padding and fractions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "01/02 03:04:05PM '06 -0700        | 01/02 03:04:05PM '06 -0700",
        "Mon Jan _2 15:04:05 2006          | Mon Jan  2 15:04:05 2006",
        "Mon Jan _2 15:04:05 MST 2006      | Mon Jan  2 15:04:05 MST 2006",
        "Mon Jan 02 15:04:05 -0700 2006    | Mon Jan 02 15:04:05 -0700 2006",
        "02 Jan 06 15:04 MST               | 02 Jan 06 15:04 MST",
        "02 Jan 06 15:04 -0700             | 02 Jan 06 15:04 -0700",
        "Monday, 02-Jan-06 15:04:05 MST    | Monday, 02-Jan-06 15:04:05 MST",
        "Mon, 02 Jan 2006 15:04:05 MST     | Mon, 02 Jan 2006 15:04:05 MST",
        "Mon, 02 Jan 2006 15:04:05 -0700   | Mon, 02 Jan 2006 15:04:05 -0700",
        "2006-01-02T15:04:05Z07:00         | 2006-01-02T15:04:05-07:00",
        "2006-01-02T15:04:05.999999999Z07:00 | 2006-01-02T15:04:05-07:00",
        "3:04PM                            | 3:04PM",
        "Jan _2 15:04:05.000               | Jan  2 15:04:05.000",
        "2006-01-02 15:04:05               | 2006-01-02 15:04:05",
        "20060102150405                    | 20060102150405",
    })
    void referenceTimeRendersGoLayoutConstants(String layout, String expected) {
        assertThat(GoTimeLayout.format(REFERENCE, layout.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "20060102150405                 | 20240309070503",
        "2006-01-02T15:04:05Z07:00      | 2024-03-09T07:05:03+05:30",
        "Mon Jan _2 15:04:05 MST 2006   | Sat Mar  9 07:05:03 IST 2024",
        "3:04PM                         | 7:05AM",
        "03:04pm                        | 07:05am",
        "Monday January 2               | Saturday March 9",
        "06 1 01 2 _2 02                | 24 3 03 9 ' 9' 09",
        "002 __2                        | 069 ' 69'",
        "15 03 3 04 4 05 5              | 07 07 7 05 5 03 3",
        "-0700 -07:00 -07               | +0530 +05:30 +05",
        "-070000 -07:00:00              | +053000 +05:30:00",
        "Z0700 Z07:00 Z07 Z070000 Z07:00:00 | +0530 +05:30 +05 +053000 +05:30:00",
        "15:04:05.000                   | 07:05:03.120",
        "15:04:05.999                   | 07:05:03.12",
        "15:04:05,000                   | 07:05:03,120",
        "15:04:05,999                   | 07:05:03,12",
        "05.000000                      | 03.120000",
        "05.999999999                   | 03.12",
        "05.0 05.9                      | 03.1 03.1",
        "05.0000000000                  | 03.120000000",
    })
    void formatsInAZoneWithAnOffset(String layout, String expected) {
        assertThat(GoTimeLayout.format(KOLKATA, layout.strip())).isEqualTo(unquote(expected.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "20060102150405                 | 20240309013503",
        "2006-01-02T15:04:05Z07:00      | 2024-03-09T01:35:03Z",
        "2006-01-02T15:04:05.999999999Z07:00 | 2024-03-09T01:35:03.12Z",
        "Mon Jan _2 15:04:05 MST 2006   | Sat Mar  9 01:35:03 UTC 2024",
        "3:04PM                         | 1:35AM",
        "-0700 -07:00 -07               | +0000 +00:00 +00",
        "Z0700 Z07:00 Z07 Z070000 Z07:00:00 | Z Z Z Z Z",
    })
    void formatsInUtc(String layout, String expected) {
        assertThat(GoTimeLayout.format(UTC, layout.strip())).isEqualTo(expected.strip());
    }

    @Test
    void zeroFractionIsOmittedOnlyForNines() {
        ZonedDateTime whole = REFERENCE.withNano(0);
        assertThat(GoTimeLayout.format(whole, "05.999")).isEqualTo("05");
        assertThat(GoTimeLayout.format(whole, "05.000")).isEqualTo("05.000");
        assertThat(GoTimeLayout.format(whole.withNano(1), "05.999")).isEqualTo("05");
        assertThat(GoTimeLayout.format(whole.withNano(1), "05.999999999")).isEqualTo("05.000000001");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "migration-xyz      | migration-xyz",
        "Janet              | Janet",
        "Monkey Month       | Monkey Month",
        "MonKey JanX        | SatKey MarX",
        "_2006              | _2024",
        ".0001              | .0003",
        ".0002              | .0069",
        "12                 | 39",
        "PMpm               | AMam",
        "P p Z -            | P p Z -",
        "µ日本 v            | µ日本 v",
        "Z08:00 -08         | Z08:00 -08",
    })
    void followsGoScanningRulesAndKeepsLiteralText(String layout, String expected) {
        assertThat(GoTimeLayout.format(KOLKATA, layout.strip())).isEqualTo(expected.strip());
    }

    @Test
    void unnamedFixedOffsetPrintsNumericZone() {
        ZonedDateTime mountain = REFERENCE.withZoneSameInstant(ZoneOffset.ofHours(-7));
        assertThat(GoTimeLayout.format(mountain, "Mon Jan _2 15:04:05 MST 2006"))
                .isEqualTo("Mon Jan  2 15:04:05 -0700 2006");
        assertThat(GoTimeLayout.format(mountain, GoTimeLayout.MIGRATION_VERSION_LAYOUT))
                .isEqualTo("20060102150405");
    }

    @Test
    void numericTzdataStyleForZonesTheJdkOnlyNamesByOffset() {
        ZonedDateTime t = UTC.withZoneSameInstant(ZoneId.of("Etc/GMT+5"));
        assertThat(GoTimeLayout.format(t, "MST")).isEqualTo("-05");
    }

    @Test
    void offsetsWithinAMinuteOfZeroBehaveAsInGo() {
        ZonedDateTime t = UTC.withZoneSameInstant(ZoneOffset.ofTotalSeconds(-30));
        assertThat(GoTimeLayout.format(t, "-07:00:00")).isEqualTo("+00:00:-30");
    }

    @Test
    void yearsBeforeOneAreSignedAndZeroPadded() {
        ZonedDateTime t = ZonedDateTime.of(-5, 6, 7, 8, 9, 10, 0, ZoneOffset.UTC);
        assertThat(GoTimeLayout.format(t, "2006 06")).isEqualTo("-0005 05");
    }

    private static String unquote(String s) {
        return s.replace("'", "");
    }
}
