package dev.jmigrate.database.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Test
    void aGuardPastItsDeadlineCancelsItsStatementOnce() throws Exception {
        CancelCounter statement = new CancelCounter();
        try (StatementWatchdog.Guard guard = StatementWatchdog.arm(statement.proxy(), Instant.now().plusMillis(50))) {
            awaitCancels(statement, 1);
            Thread.sleep(100);
            assertThat(guard.fired()).isTrue();
            assertThat(statement.cancels.get()).isEqualTo(1);
        }
    }

    /** The watchdog sleeps until the earliest deadline it knows; a guard due sooner must wake it. */
    @Test
    void aGuardDueBeforeTheOthersIsCancelledOnTime() throws Exception {
        CancelCounter late = new CancelCounter();
        CancelCounter soon = new CancelCounter();
        try (StatementWatchdog.Guard waiting = StatementWatchdog.arm(late.proxy(), Instant.now().plus(Duration.ofHours(1)))) {
            Thread.sleep(50);
            try (StatementWatchdog.Guard due = StatementWatchdog.arm(soon.proxy(), Instant.now().plusMillis(50))) {
                awaitCancels(soon, 1);
                assertThat(due.fired()).isTrue();
            }
            assertThat(waiting.fired()).isFalse();
            assertThat(late.cancels.get()).isZero();
        }
    }

    @Test
    void aGuardClosedBeforeItsDeadlineNeverCancels() throws Exception {
        CancelCounter statement = new CancelCounter();
        for (int i = 0; i < 100; i++) {
            try (StatementWatchdog.Guard guard = StatementWatchdog.arm(statement.proxy(), Instant.now().plusMillis(30))) {
                assertThat(guard.fired()).isFalse();
            }
        }
        Thread.sleep(200);
        assertThat(statement.cancels.get()).isZero();
    }

    private static void awaitCancels(CancelCounter statement, int count) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (statement.cancels.get() < count && System.nanoTime() < giveUp) {
            Thread.sleep(5);
        }
        assertThat(statement.cancels.get()).as("cancels within 10 s").isEqualTo(count);
    }

    /** A statement that only counts the calls to {@link Statement#cancel()}: the watchdog touches nothing else. */
    private static final class CancelCounter {
        final AtomicInteger cancels = new AtomicInteger();

        Statement proxy() {
            return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                    (self, method, args) -> {
                        if (!method.getName().equals("cancel")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        cancels.incrementAndGet();
                        return null;
                    });
        }
    }
}
