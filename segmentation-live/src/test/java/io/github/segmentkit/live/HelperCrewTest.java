package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every piece runs once, a worker number is never used by two threads at once, and a failure is not lost. */
class HelperCrewTest {
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

        HelperCrew.run(pieces, helpers, (worker, piece) -> {
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
        HelperCrew.run(10, 0, (worker, piece) -> {
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
        assertThatThrownBy(() -> HelperCrew.run(500, 2, (worker, piece) -> {
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
    void should_have_called_helpers_take_pieces_while_the_caller_is_busy() throws InterruptedException {
        HelperCrew crew = HelperCrew.call(1);
        CountDownLatch helped = new CountDownLatch(1);
        AtomicIntegerArray runBy = new AtomicIntegerArray(new int[] {-1, -1});
        AtomicBoolean waited = new AtomicBoolean();
        crew.run(2, (worker, piece) -> {
            runBy.set(piece, worker);
            if (worker == 0) {
                // the caller holds its piece until the helper has run the other one
                try {
                    waited.set(helped.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                helped.countDown();
            }
        });
        crew.close();
        assertThat(waited).as("the helper ran a piece").isTrue();
        assertThat(runBy.get(0) + runBy.get(1)).as("workers of pieces 0 and 1").isEqualTo(1);
    }

    @Test
    void should_run_every_piece_once_the_helpers_have_stopped_waiting() throws InterruptedException {
        HelperCrew crew = HelperCrew.call(2);
        // helpers that woke in time have left by now; one that wakes later still finds the pieces it may claim
        Thread.sleep(3 * HelperCrew.LONGEST_WAIT_MILLIS);
        AtomicIntegerArray runs = new AtomicIntegerArray(100);
        crew.run(100, (worker, piece) -> runs.incrementAndGet(piece));
        crew.close();
        for (int piece = 0; piece < 100; piece++) {
            assertThat(runs.get(piece)).isEqualTo(1);
        }
    }

    @RepeatedTest(5)
    void should_run_successive_loops_each_piece_once_and_no_loop_once_dismissed() {
        int helpers = 2;
        HelperCrew crew = HelperCrew.call(helpers);
        for (int loop = 0; loop < 50; loop++) {
            int pieces = 1 + loop * 7;
            AtomicIntegerArray runs = new AtomicIntegerArray(pieces);
            AtomicBoolean[] busy = {new AtomicBoolean(), new AtomicBoolean(), new AtomicBoolean()};
            crew.run(pieces, (worker, piece) -> {
                assertThat(busy[worker].getAndSet(true)).as("worker %d already busy", worker).isFalse();
                runs.incrementAndGet(piece);
                busy[worker].set(false);
            });
            for (int piece = 0; piece < pieces; piece++) {
                assertThat(runs.get(piece)).as("loop %d, runs of piece %d", loop, piece).isEqualTo(1);
            }
        }
        crew.close();
        assertThatThrownBy(() -> crew.run(3, (worker, piece) -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessage("a dismissed crew runs no loop");
    }

    @Test
    void should_do_nothing_for_no_pieces() {
        HelperCrew.run(0, 3, (worker, piece) -> {
            throw new AssertionError("no piece to run");
        });
    }
}
