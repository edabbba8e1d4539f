package io.github.segmentkit.core.engine;

import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.column.WorkerFailures;
import io.github.segmentkit.core.concurrent.ClaimableTask;
import io.github.segmentkit.core.plan.EvaluationPlan;
import io.github.segmentkit.core.plan.Scratch;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a plan over every chunk of a table on up to {@code parallelism} threads: the calling thread and
 * {@code parallelism − 1} tasks on the executor take chunks from a shared counter, so a slow thread never holds
 * the others up. Each thread has its own {@link Scratch}; chunks are disjoint, so the sink writes without locks. A
 * helper the executor has not started when the caller runs out of chunks is run by the caller and finds none left
 * ({@link ClaimableTask}), so an executor whose threads are all busy, or all waiting for this caller, never holds it
 * up.
 */
final class ChunkRunner {
    /** Receives the evaluated chunk; called from several threads, never twice for one chunk. */
    @FunctionalInterface
    interface ChunkSink {
        void accept(int chunk, Scratch scratch, int worker);
    }

    private ChunkRunner() {
    }

    /**
     * Runs {@code plan} on every chunk of {@code table}, each worker with its scratch from {@code scratches}; returns
     * the number of workers used.
     */
    static int run(ColumnTable<?> table, EvaluationPlan plan, int parallelism, Executor executor,
            ScratchCache scratches, ChunkSink sink) {
        int chunks = table.chunkCount();
        int workers = Math.max(1, Math.min(parallelism, chunks));
        AtomicInteger next = new AtomicInteger();
        if (workers == 1) {
            work(plan, chunks, next, scratches, sink, 0);
            return 1;
        }
        List<ClaimableTask<Void>> helpers = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int worker = w;
            helpers.add(ClaimableTask.submit(() -> work(plan, chunks, next, scratches, sink, worker), executor));
        }
        Throwable failure = null;
        try {
            work(plan, chunks, next, scratches, sink, 0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // a helper no thread has started is run here, and finds every chunk taken: a caller on a thread of a busy
        // executor (or one whose threads all wait on this caller) never waits for a helper that cannot start
        Throwable helperFailure = ClaimableTask.joinAll(helpers);
        failure = failure != null ? failure : helperFailure;
        if (failure != null) {
            throw WorkerFailures.unwrapped(failure);
        }
        return workers;
    }

    private static void work(EvaluationPlan plan, int chunks, AtomicInteger next, ScratchCache scratches,
            ChunkSink sink, int worker) {
        SoftReference<Scratch> holder = scratches.take(worker, plan);
        Scratch scratch = holder.get();   // strongly reachable from here on, so the holder keeps it
        for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
            plan.evaluate(chunk, scratch);
            sink.accept(chunk, scratch, worker);
        }
        scratches.release(worker, holder);
    }
}
