package io.github.segmentkit.benchmarks.bound;

import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Peer (7), the bound: one plain sequential read (a sum) of the columns the 20 segments touch, as primitive arrays
 * ({@link TouchedColumns}), on 1 or 2 threads (each thread reads its half of the rows of every column). No segment
 * is evaluated, so there are no counts to check; the setup checks instead that the parallel sum equals the
 * sequential one.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ColumnReadBoundBenchmark
 * }</pre>
 */
public class ColumnReadBoundBenchmark extends WorkloadState {
    @Param({"1", "2"})
    public int threads;

    private TouchedColumns columns;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        columns = TouchedColumns.of(workload().customers());
        pool = Executors.newFixedThreadPool(threads);
        long expected = columns.sum(0, columns.rows());
        if (read() != expected) {
            throw new IllegalStateException("the " + threads + "-thread read sums to another value than one pass");
        }
        System.out.printf("%n# bound: %d bytes per customer over %d columns%n", columns.bytesPerRow(),
                columns.columnCount());
        LongLivedData.settle();
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdownNow();
    }

    /** Reads every touched column once; returns the sum so that nothing is optimised away. */
    @Benchmark
    public long read() throws InterruptedException, ExecutionException {
        return ParallelRead.sum(pool, threads, columns.rows(), TouchedColumns.ROW_ALIGNMENT, columns::sum);
    }
}
