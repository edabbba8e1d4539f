package io.github.segmentkit.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ClaimableTaskTest {
    /** Keeps what it is handed, runs nothing: a pool whose threads are all blocked. */
    private static final class HeldTasks implements Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }
    }

    private static int sum(int[] values) {
        return java.util.Arrays.stream(values).sum();
    }

    /** The class's javadoc example, compiled and run (checked by {@code JavadocExamplesTest}). */
    @Test
    void should_add_the_part_joined_to_the_part_summed_here() {
        int[] firstHalf = {1, 2, 3};
        int[] secondHalf = {4, 5, 6};
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/concurrent/ClaimableTask.java
        ClaimableTask<Integer> part = ClaimableTask.submit(() -> sum(secondHalf), ForkJoinPool.commonPool());
        int first = sum(firstHalf);
        int total = first + part.join();   // runs the part here when no pool thread has taken it yet

        assertThat(total).isEqualTo(21);
    }

    @Test
    void should_run_the_work_on_the_joining_thread_when_no_pool_thread_has_started_it() {
        HeldTasks pool = new HeldTasks();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicInteger runs = new AtomicInteger();
        ClaimableTask<String> task = ClaimableTask.submit(() -> {
            runs.incrementAndGet();
            ranOn.set(Thread.currentThread());
            return "done";
        }, pool);

        assertThat(task.isDone()).isFalse();
        assertThat(task.join()).isEqualTo("done");
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());

        pool.held.forEach(Runnable::run);   // the pool thread that comes late finds the work claimed
        assertThat(runs.get()).isEqualTo(1);
        assertThat(task.isDone()).isTrue();
    }

    @Test
    void should_wait_for_the_pool_thread_that_claimed_the_work_and_run_it_once() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        HeldTasks pool = new HeldTasks();
        ClaimableTask<Integer> task = ClaimableTask.submit(() -> {
            runs.incrementAndGet();
            ranOn.set(Thread.currentThread());
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 42;
        }, pool);
        Thread poolThread = new Thread(pool.held.get(0), "pool");
        poolThread.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicReference<Integer> joined = new AtomicReference<>();
        Thread joiner = new Thread(() -> joined.set(task.join()), "joiner");
        joiner.start();
        joiner.join(200);
        assertThat(joiner.isAlive()).as("the joiner waits for the work under way").isTrue();
        release.countDown();
        joiner.join(10_000);

        assertThat(joined.get()).isEqualTo(42);
        assertThat(runs.get()).isEqualTo(1);
        assertThat(ranOn.get()).isSameAs(poolThread);
    }

    @Test
    void should_throw_the_works_own_exception_or_error_on_join() {
        IllegalArgumentException exception = new IllegalArgumentException("bad row 7");
        ClaimableTask<Void> failing = ClaimableTask.submit(() -> {
            throw exception;
        }, Runnable::run);
        assertThat(failing.isDone()).isTrue();
        assertThatThrownBy(failing::join).isSameAs(exception);

        OutOfMemoryError error = new OutOfMemoryError("table too large");
        ClaimableTask<Object> erring = ClaimableTask.submit(() -> {
            throw error;
        }, new HeldTasks());
        assertThatThrownBy(erring::join).isSameAs(error);
    }

    @Test
    void should_join_every_task_and_return_the_first_failure_in_order() {
        HeldTasks pool = new HeldTasks();
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException second = new IllegalStateException("second");
        IllegalStateException third = new IllegalStateException("third");
        List<ClaimableTask<Void>> tasks = List.of(
                ClaimableTask.submit(() -> {
                    ran.incrementAndGet();
                }, pool),
                ClaimableTask.submit(() -> {
                    ran.incrementAndGet();
                    throw second;
                }, pool),
                ClaimableTask.submit(() -> {
                    ran.incrementAndGet();
                    throw third;
                }, pool));
        pool.held.get(2).run();         // a pool thread ran the last one first

        assertThat(ClaimableTask.joinAll(tasks)).isSameAs(second);
        assertThat(ran.get()).isEqualTo(3);
        assertThat(tasks).allMatch(ClaimableTask::isDone);
        assertThat(ClaimableTask.joinAll(List.of())).isNull();
    }

    @Test
    void should_keep_an_interrupt_of_the_joining_thread_for_later() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HeldTasks pool = new HeldTasks();
        ClaimableTask<String> task = ClaimableTask.submit(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "finished";
        }, pool);
        new Thread(pool.held.get(0), "pool").start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<String> joined = new AtomicReference<>();
        AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
        Thread joiner = new Thread(() -> {
            joined.set(task.join());
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        }, "joiner");
        joiner.start();
        joiner.interrupt();
        joiner.join(200);
        assertThat(joiner.isAlive()).as("an interrupt does not end the wait for work under way").isTrue();
        release.countDown();
        joiner.join(10_000);

        assertThat(joined.get()).isEqualTo("finished");
        assertThat(interruptedAfter.get()).isTrue();
    }
}
