package dev.jmigrate.database.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatementWatchdogTest {

    /** A run arms a guard per statement under the migration timeout (60s in the CLI); closed ones must not pile up. */
    @Test
    void aClosedGuardLeavesNothingWaiting() {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        for (int i = 0; i < 1000; i++) {
            try (StatementWatchdog.Guard guard = StatementWatchdog.arm(null, later)) {
                assertThat(guard.fired()).isFalse();
            }
        }
        assertThat(StatementWatchdog.armed()).isZero();
    }
}
