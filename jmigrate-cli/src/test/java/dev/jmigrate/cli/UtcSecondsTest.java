package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UtcSecondsTest {
    @Property
    void printsWhatTheIsoFormatterPrintsTruncatedToSeconds(
            @ForAll @LongRange(min = -70_000_000_000L, max = 300_000_000_000L) long second,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant at = Instant.ofEpochSecond(second, nanos);
        assertThat(UtcSeconds.format(at)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)));
    }

    @Test
    void padsEveryField() {
        assertThat(UtcSeconds.format(Instant.parse("0042-03-04T05:06:07.999Z"))).isEqualTo("0042-03-04T05:06:07Z");
        assertThat(UtcSeconds.format(Instant.parse("9999-12-31T23:59:59Z"))).isEqualTo("9999-12-31T23:59:59Z");
        assertThat(UtcSeconds.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00Z");
    }
}
