package io.github.segmentkit.benchmarks.bound;

import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The honest bound for the engine: a plain sequential sum of one {@code long[]} holding as many bytes as the engine's
 * own table for the workload, on 1 or 2 threads. {@code extent=plan} sizes the array to the columns the 20 segments
 * read ({@link CustomerTable#memoryBytes(java.util.Collection)} of {@link ReadAttributes}); {@code extent=table} to
 * the whole table, ids included. Run it in the same JMH invocation as the engine, so that both see the same machine
 * and load, and divide: {@code benchmarks/ratios.py} prints every engine figure as a multiple of this one.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'PrebuiltTableBenchmark|LongArrayBoundBenchmark' -p customers=10000000
 * }</pre>
 *
 * <p>No segment is evaluated, so there are no counts to check; the setup checks instead that the parallel sum equals
 * the sequential one.
 */
public class LongArrayBoundBenchmark extends WorkloadState {
    /** Threads reading disjoint halves of the array. */
    @Param({"1", "2"})
    public int threads;

    /** {@code plan}: the bytes of the columns the segments read; {@code table}: the whole table. */
    @Param({"plan", "table"})
    public String extent;

    private long[] words;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        CustomerTable<?> table = ColumnarSegmenter.of(BenchSegments.segmenter(1)).table(workload().customers());
        long bytes = "plan".equals(extent) ? table.memoryBytes(ReadAttributes.of(BenchSegments.ALL))
                : table.memoryBytes();
        words = new long[Math.toIntExact(bytes / Long.BYTES)];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < words.length; i++) {
            words[i] = random.nextLong();
        }
        pool = Executors.newFixedThreadPool(threads);
        if (read() != sum(words, 0, words.length)) {
            throw new IllegalStateException("the " + threads + "-thread read sums to another value than one pass");
        }
        System.out.printf("%n# bound (%s): %,d bytes, %.1f bytes per customer%n", extent, bytes,
                (double) bytes / table.rowCount());
        LongLivedData.settle();
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdownNow();
    }

    /** Sums the whole array once; returns the sum so that nothing is optimised away. */
    @Benchmark
    public long read() throws InterruptedException, ExecutionException {
        return ParallelRead.sum(pool, threads, words.length, 1, (from, to) -> sum(words, from, to));
    }

    private static long sum(long[] words, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += words[i];
        }
        return sum;
    }
}
