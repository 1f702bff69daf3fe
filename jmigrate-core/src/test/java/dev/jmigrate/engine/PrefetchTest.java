package dev.jmigrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jmigrate.source.Direction;
import dev.jmigrate.source.SourceException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {
    private static final List<Step> STEPS = LongStream.rangeClosed(1, 20)
            .mapToObj(v -> new Step(v, Direction.UP, null, "t" + v, v, false)).toList();

    @Test
    void deliversTheStepsInOrder() {
        try (Prefetch ahead = new Prefetch(STEPS, PrefetchTest::prepared, 3)) {
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
        }, 3)) {
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
        }, 10)) {
            assertThat(ahead.next().step().version()).isEqualTo(1);
            assertThat(ahead.next().step().version()).isEqualTo(2);
            assertThatThrownBy(ahead::next).isInstanceOf(SourceException.class).hasMessageContaining("3_t.up.sql");
        }
    }

    private static StepRunner.Prepared prepared(Step step) {
        return new StepRunner.Prepared(step, null, null);
    }
}
