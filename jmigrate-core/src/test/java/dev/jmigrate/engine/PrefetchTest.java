package dev.jmigrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.SourceException;
import dev.jmigrate.sql.ParsedScript;
import dev.jmigrate.sql.SqlStatement;
import dev.jmigrate.sql.TransactionRequirement;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {
    private static final List<Step> STEPS = LongStream.rangeClosed(1, 20)
            .mapToObj(v -> new Step(v, Direction.UP, null, "t" + v, v, false)).toList();

    @Test
    void deliversTheStepsInOrder() {
        try (Prefetch ahead = new Prefetch(STEPS, PrefetchTest::prepared, 3, Prefetch.CHARACTERS_AHEAD)) {
            for (Step step : STEPS) {
                assertThat(ahead.next().step()).isEqualTo(step);
            }
        }
    }

    @Test
    void readsNoMoreThanItsDepthAheadOfTheRunningStep() throws InterruptedException {
        ConcurrentLinkedQueue<Long> read = new ConcurrentLinkedQueue<>();
        try (Prefetch ahead = new Prefetch(STEPS, step -> {
            read.add(step.version());
            return prepared(step);
        }, 3, Prefetch.CHARACTERS_AHEAD)) {
            ahead.next();
            Thread.sleep(200);
            // one taken, three waiting in the queue, one read and waiting for room
            assertThat(read).hasSizeLessThanOrEqualTo(5);
        }
    }

    @Test
    void aStepThatCannotBeReadFailsWhenItsTurnComes() {
        try (Prefetch ahead = new Prefetch(STEPS, step -> {
            if (step.version() == 3) {
                throw new SourceException("migration file 3_t.up.sql disappeared while migrating");
            }
            return prepared(step);
        }, 10, Prefetch.CHARACTERS_AHEAD)) {
            assertThat(ahead.next().step().version()).isEqualTo(1);
            assertThat(ahead.next().step().version()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isInstanceOf(SourceException.class).hasMessageContaining("3_t.up.sql");
        }
    }

    @Test
    void readsNoMoreSqlAheadThanItsBudgetButAlwaysOneStep() throws InterruptedException {
        ConcurrentLinkedQueue<Long> read = new ConcurrentLinkedQueue<>();
        try (Prefetch ahead = new Prefetch(STEPS, step -> {
            read.add(step.version());
            return sized(step, step.version() == 2 ? 500 : 40);
        }, 10, 100)) {
            assertThat(ahead.next().step().version()).isEqualTo(1);
            // step 2 is longer than the budget: it waits alone, and step 3 is read but held until 2 is taken
            assertThat(settled(read, 3)).containsExactly(1L, 2L, 3L);
            assertThat(ahead.next().step().version()).isEqualTo(2);
            // 40 characters each: two fit in 100 beside nothing else, a third is read and waits for room
            assertThat(settled(read, 5)).containsExactly(1L, 2L, 3L, 4L, 5L);
            for (long v = 3; v <= 20; v++) {
                assertThat(ahead.next().step().version()).isEqualTo(v);
            }
        }
    }

    /** The steps read once at least {@code count} are, and the reader has had time to read more if it would. */
    private static List<Long> settled(ConcurrentLinkedQueue<Long> read, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (read.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        return List.copyOf(read);
    }

    private static StepRunner.Prepared sized(Step step, int characters) {
        SqlStatement statement = new SqlStatement("x".repeat(characters), 0, 0, 1, 1, List.of(), List.of());
        ParsedScript script = new ParsedScript(List.of(statement), TransactionRequirement.inTransaction());
        return new StepRunner.Prepared(step, script, null);
    }

    private static StepRunner.Prepared prepared(Step step) {
        return new StepRunner.Prepared(step, null, null);
    }
}
