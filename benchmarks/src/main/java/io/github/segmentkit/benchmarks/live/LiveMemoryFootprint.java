package io.github.segmentkit.benchmarks.live;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.live.LiveSegmentation;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Bytes per customer a live segmentation holds beyond the plain columnar table, measured as
 * {@code MemoryFootprint} does (JOL {@link GraphLayout}: every reachable object, headers and padding included,
 * shared objects once): the whole live segmentation (no listener), minus the customer records the caller holds
 * anyway, minus a columnar table of the same customers. What remains is the id map, the member bits (working and
 * published), the by-day indexes of the relative dates and the population's list. Not a JMH benchmark: a command.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.segmentkit.benchmarks.live.LiveMemoryFootprint 1000000
 * }</pre>
 */
public final class LiveMemoryFootprint {
    static {
        // records and lambdas refuse Unsafe.objectFieldOffset; JOL then finds offsets by its own probing
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private LiveMemoryFootprint() {
    }

    /** Prints the figures for the size given as the only argument (default 1,000,000). */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<BenchCustomer> customers = LiveWorkload.customers(size);
        long records = GraphLayout.parseInstance(customers).totalSize();
        CustomerTable<BenchCustomer> table = ColumnarSegmenter.of(BenchSegments.segmenter(1)).table(customers);
        long tableBytes = GraphLayout.parseInstance(table).totalSize();
        LiveSegmentation<BenchCustomer> live = LiveSegmentation.builder(BenchSchema.SCHEMA)
                .addAll(BenchSegments.ALL).asOf(BenchSegments.AS_OF).build(customers);
        live.snapshot();   // the published copy of the member bits is part of the steady state
        GraphLayout layout = GraphLayout.parseInstance(live);
        long liveBytes = layout.totalSize();
        long overhead = liveBytes - records - tableBytes;
        print("records (List<BenchCustomer>)", records, size);
        print("columnar table (CustomerTable)", tableBytes, size);
        print("live segmentation, everything reachable", liveBytes, size);
        print("live over records + table", overhead, size);
        System.out.println(layout.toFootprint().lines().limit(25).reduce("", (a, b) -> a + b + "\n"));
        live.close();
    }

    private static void print(String what, long bytes, int customers) {
        System.out.printf("%-44s %,15d bytes %8.1f B/customer%n", what, bytes, bytes / (double) customers);
    }
}
