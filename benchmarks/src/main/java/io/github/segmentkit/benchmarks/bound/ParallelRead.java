package io.github.segmentkit.benchmarks.bound;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Splits rows {@code [0, rows)} into one contiguous part per thread, each starting on a multiple of an alignment,
 * sums each part on the pool and adds the parts up: how the bound benchmarks read on 1 or 2 threads.
 *
 * <pre>{@code
 * long sum = ParallelRead.sum(pool, 2, words.length, 1, (from, to) -> sum(words, from, to));
 * }</pre>
 */
final class ParallelRead {
    /** Sums one part of the rows. */
    @FunctionalInterface
    interface RangeSum {
        long sum(int from, int to);
    }

    private ParallelRead() {
    }

    static long sum(ExecutorService pool, int threads, int rows, int alignment, RangeSum range)
            throws InterruptedException, ExecutionException {
        List<Future<Long>> parts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int from = split(rows, t, threads, alignment);
            int to = t == threads - 1 ? rows : split(rows, t + 1, threads, alignment);
            parts.add(pool.submit(() -> range.sum(from, to)));
        }
        long sum = 0;
        for (Future<Long> part : parts) {
            sum += part.get();
        }
        return sum;
    }

    /** The first row of part {@code part}, on a multiple of {@code alignment}. */
    private static int split(int rows, int part, int threads, int alignment) {
        int row = (int) ((long) rows * part / threads);
        return row - row % alignment;
    }
}
