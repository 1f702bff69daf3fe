package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The first Ctrl-C finishes the running migration, starts no other and ends with success. */
class GracefulStopTest extends PostgresCase {

    @Test
    void theFirstSignalStopsOnceAndLaterOnesAreSwallowed() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Output output = new Output(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone());
        AtomicInteger stops = new AtomicInteger();
        GracefulStop stop = new GracefulStop(output, stops::incrementAndGet);
        stop.run();
        stop.run();
        stop.run();
        assertThat(stops).hasValue(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Stopping after this running migration ...\n");
    }

    @Test
    void theSunMiscHandlerProxyRunsTheAction() throws Exception {
        Class<?> signalClass = loadable("sun.misc.Signal");
        assumeTrue(signalClass != null, "sun.misc.Signal is not available");
        AtomicInteger calls = new AtomicInteger();
        Object handler = SunMiscSignals.handlerFor(calls::incrementAndGet);
        Object signal = signalClass.getConstructor(String.class).newInstance("INT");
        Method handle = handler.getClass().getMethod("handle", signalClass);
        handle.invoke(handler, signal);
        handle.invoke(handler, signal);
        assertThat(calls).hasValue(2);
        assertThat(handler.equals(handler)).isTrue();
        assertThat(handler.toString()).contains("SIGINT");
    }

    @Test
    void aRealSigintReachesTheInstalledHandler() throws Exception {
        Class<?> signalClass = loadable("sun.misc.Signal");
        assumeTrue(signalClass != null, "sun.misc.Signal is not available");
        assumeTrue(sigintDeliverable(), "SIGINT is ignored by this process (started in the background)");
        Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
        Object sigint = signalClass.getConstructor(String.class).newInstance("INT");
        Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
        CountDownLatch received = new CountDownLatch(1);
        Signals.Registration registration = new SunMiscSignals().onInterrupt(received::countDown);
        try {
            Object installed = handle.invoke(null, sigint, SunMiscSignals.handlerFor(() -> { }));
            handle.invoke(null, sigint, installed);
            assertThat(Proxy.isProxyClass(installed.getClass())).as("onInterrupt installed a SIGINT handler").isTrue();
            signalClass.getMethod("raise", signalClass).invoke(null, sigint);
            assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            registration.close();
        }
        Object restored = handle.invoke(null, sigint, SunMiscSignals.handlerFor(() -> { }));
        handle.invoke(null, sigint, restored);
        assertThat(Proxy.isProxyClass(restored.getClass())).isFalse();
    }

    @Test
    void upStopsAfterTheRunningMigrationAndSucceeds() {
        Fixtures.write(dir, "1_t1.up.sql", "SELECT pg_sleep(1);\nCREATE TABLE t1 (id int);");
        Signals interruptSoon = action -> {
            Thread t = new Thread(() -> {
                sleep(300);
                action.run();
                action.run();
            });
            t.start();
            return () -> join(t);
        };
        Migrate.Result r = migrate(Migrate.tool().signals(interruptSoon), "up");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.errLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("Stopping after this running migration ...");
        assertThat(lines.get(1)).matches(progress("1/u t1"));
        assertThat(version()).isEqualTo("1");
        assertThat(userTables()).containsExactly("t1");
    }

    @Test
    void onlyMigratingCommandsListenForSignals() {
        AtomicInteger installed = new AtomicInteger();
        Signals counting = action -> {
            installed.incrementAndGet();
            return () -> { };
        };
        migrate(Migrate.tool().signals(counting), "version");
        migrate(Migrate.tool().signals(counting), "status");
        migrate(Migrate.tool().signals(counting), "force", "1");
        migrate(Migrate.tool().signals(counting), "up", "--dry-run");
        assertThat(installed).hasValue(0);
        migrate(Migrate.tool().signals(counting), "up");
        migrate(Migrate.tool().signals(counting), "goto", "4");
        migrate(Migrate.tool().signals(counting), "down", "1");
        assertThat(installed).hasValue(3);
    }

    /** Linux: whether SIGINT (bit 1 of SigIgn) was not ignored when the process started. */
    private static boolean sigintDeliverable() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("SigIgn:"))
                    .map(line -> Long.parseLong(line.substring(7).trim(), 16))
                    .anyMatch(mask -> (mask & 2L) == 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Class<?> loadable(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
