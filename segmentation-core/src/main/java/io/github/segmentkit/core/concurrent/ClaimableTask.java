package io.github.segmentkit.core.concurrent;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work handed to an executor that the handing thread can take back: whichever thread claims it first runs it, a pool
 * thread or the thread that {@linkplain #join joins} it. A thread that needs the result therefore never waits for a
 * pool thread that has not started: a pool whose threads are all busy, or all blocked on a lock the joining thread
 * holds, cannot hold it up. That happens with the common pool when several of a live segmentation's writers run on its
 * threads and the one holding the writer lock builds a table with the pool's help; a {@code CompletableFuture} joined
 * there would wait forever for a helper queued behind the blocked writers.
 *
 * <pre>{@code
 * ClaimableTask<Integer> part = ClaimableTask.submit(() -> sum(secondHalf), ForkJoinPool.commonPool());
 * int first = sum(firstHalf);
 * int total = first + part.join();   // runs the part here when no pool thread has taken it yet
 * }</pre>
 *
 * @param <V> the result
 */
public final class ClaimableTask<V> implements Runnable {
    private final Supplier<? extends V> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    /** Written before {@code done} counts down, read after it has: the latch orders them. */
    private V result;
    private Throwable failure;

    private ClaimableTask(Supplier<? extends V> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A task for {@code work}, handed to {@code executor} to run when it can. */
    public static <V> ClaimableTask<V> submit(Supplier<? extends V> work, Executor executor) {
        ClaimableTask<V> task = new ClaimableTask<>(work);
        executor.execute(task);
        return task;
    }

    /** A task for {@code work}, handed to {@code executor} to run when it can. */
    public static ClaimableTask<Void> submit(Runnable work, Executor executor) {
        Objects.requireNonNull(work, "work");
        return submit(() -> {
            work.run();
            return null;
        }, executor);
    }

    /**
     * Joins every task in order ({@link #join}: running here those no thread has started) and returns the first one's
     * failure, or null when all returned; every task has stopped when this returns.
     */
    public static Throwable joinAll(List<? extends ClaimableTask<?>> tasks) {
        Throwable first = null;
        for (ClaimableTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        return first;
    }

    /** Runs the work unless a thread has claimed it already; its failure is kept for {@link #join}. */
    @Override
    public void run() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            result = work.get();
        } catch (Throwable e) {
            failure = e;
        } finally {
            done.countDown();
        }
    }

    /** Whether the work has run to its end, returning or throwing. */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    /**
     * The work's result: run on this thread when no thread has claimed it yet, else awaited from the thread running
     * it (an interrupt is kept for later, not acted on: the work under way cannot be left half-done).
     *
     * @throws RuntimeException what the work threw, as it was
     * @throws Error            what the work threw, as it was
     */
    public V join() {
        run();
        boolean interrupted = false;
        while (done.getCount() != 0) {
            try {
                done.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {   // a checked exception thrown sneakily by the supplier
            throw new IllegalStateException("a helper task failed", failure);
        }
        return result;
    }
}
