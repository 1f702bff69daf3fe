package dev.jmigrate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureTest {
    @Test
    void readsPeakMemoryAndAddsUserAndSystemTime() {
        Measure.ProcessTimes times = Measure.ProcessTimes.parse(List.of("78272 0.61 0.13"));

        assertThat(times.peakRssKib()).isEqualTo(78272);
        assertThat(times.cpuSeconds()).isCloseTo(0.74, within(1e-9));
    }

    @Test
    void takesTheLastLineOfThatShapeAfterWhatElseGnuTimeWrote() {
        Measure.ProcessTimes times = Measure.ProcessTimes.parse(
                List.of("Command exited with non-zero status 1", "9664 0.02 0.01", ""));

        assertThat(times.peakRssKib()).isEqualTo(9664);
        assertThat(times.cpuSeconds()).isCloseTo(0.03, within(1e-9));
    }

    @Test
    void saysNotMeasuredWhenNoLineHasTheShape() {
        Measure.ProcessTimes times = Measure.ProcessTimes.parse(List.of("Command terminated by signal 9"));

        assertThat(times.peakRssKib()).isEqualTo(-1);
        assertThat(times.cpuSeconds()).isEqualTo(-1);
    }
}
