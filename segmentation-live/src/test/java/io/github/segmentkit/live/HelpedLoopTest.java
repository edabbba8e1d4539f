package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every piece runs once, a worker number is never used by two threads at once, and a failure is not lost. */
class HelpedLoopTest {
    @RepeatedTest(20)
    void should_run_every_piece_once_with_each_worker_number_on_one_thread_at_a_time() {
        int pieces = 2_000;
        int helpers = 3;
        AtomicIntegerArray runs = new AtomicIntegerArray(pieces);
        AtomicBoolean[] busy = new AtomicBoolean[helpers + 1];
        for (int w = 0; w <= helpers; w++) {
            busy[w] = new AtomicBoolean();
        }
        Set<Integer> workersSeen = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();

        HelpedLoop.run(pieces, helpers, (worker, piece) -> {
            assertThat(busy[worker].getAndSet(true)).as("worker %d already busy", worker).isFalse();
            assertThat(worker == 0).as("worker 0 is the caller").isEqualTo(Thread.currentThread() == caller);
            runs.incrementAndGet(piece);
            workersSeen.add(worker);
            busy[worker].set(false);
        });

        for (int piece = 0; piece < pieces; piece++) {
            assertThat(runs.get(piece)).as("runs of piece %d", piece).isEqualTo(1);
        }
        // the caller may find every piece taken when a helper starts first
        assertThat(workersSeen).isNotEmpty().allSatisfy(worker -> assertThat(worker).isBetween(0, helpers));
    }

    @Test
    void should_run_everything_on_the_caller_without_helpers() {
        Thread caller = Thread.currentThread();
        AtomicIntegerArray runs = new AtomicIntegerArray(10);
        HelpedLoop.run(10, 0, (worker, piece) -> {
            assertThat(worker).isZero();
            assertThat(Thread.currentThread()).isSameAs(caller);
            runs.incrementAndGet(piece);
        });
        for (int piece = 0; piece < 10; piece++) {
            assertThat(runs.get(piece)).isEqualTo(1);
        }
    }

    @Test
    void should_run_the_other_pieces_and_then_throw_the_failure() {
        AtomicIntegerArray runs = new AtomicIntegerArray(500);
        assertThatThrownBy(() -> HelpedLoop.run(500, 2, (worker, piece) -> {
            runs.incrementAndGet(piece);
            if (piece == 137) {
                throw new IllegalStateException("piece 137 failed");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("piece 137 failed");
        for (int piece = 0; piece < 500; piece++) {
            assertThat(runs.get(piece)).as("runs of piece %d", piece).isEqualTo(1);
        }
    }

    @Test
    void should_do_nothing_for_no_pieces() {
        HelpedLoop.run(0, 3, (worker, piece) -> {
            throw new AssertionError("no piece to run");
        });
    }
}
