package io.github.segmentkit.benchmarks.table;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import org.openjdk.jol.info.GraphLayout;

/**
 * The size of what one {@link PrebuiltTableBenchmark} run returns, the yardstick of its allocation per run
 * ({@code -prof gc}, B/op): the member bitmaps' own size as Roaring reports it ({@code getSizeInBytes}, the
 * containers' payload), the same result's heap footprint walked by JOL (headers, the segment names and their index
 * included; the table it reads ids from excluded), and the counts array. Not a JMH benchmark: a command.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.segmentkit.benchmarks.table.ResultSize 1000000
 * }</pre>
 */
public final class ResultSize {
    static {
        // records and lambdas refuse Unsafe.objectFieldOffset; JOL then finds offsets by its own probing
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private ResultSize() {
    }

    /** The three sizes of one result. */
    public record Sizes(long roaringBytes, long resultHeapBytes, long countsHeapBytes) {
    }

    /** Prints the sizes for the workload size given as the only argument (default 1,000,000). */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Sizes sizes = measure(size);
        System.out.printf("%,d customers: member bitmaps (RoaringBitmap.getSizeInBytes, summed) %,d B%n", size,
                sizes.roaringBytes());
        System.out.printf("%,d customers: the segment() result on the heap (JOL, table excluded) %,d B%n", size,
                sizes.resultHeapBytes());
        System.out.printf("%,d customers: the counts() result on the heap (JOL) %,d B%n", size,
                sizes.countsHeapBytes());
    }

    /** Segments the workload of {@code size} customers once and measures the result. */
    public static Sizes measure(int size) {
        ColumnarSegmenter<BenchCustomer> engine = ColumnarSegmenter.of(BenchSegments.segmenter(1));
        CustomerTable<BenchCustomer> table = engine.table(Workload.of(size).customers());
        RoaringSegmentationResult result = engine.segment(table);
        long roaring = 0;
        for (String name : result.segmentNames()) {
            roaring += result.members(name).getSizeInBytes();   // a copy holds the same containers' payload
        }
        long heap = GraphLayout.parseInstance(result).subtract(GraphLayout.parseInstance(table)).totalSize();
        long counts = GraphLayout.parseInstance(engine.counts(table)).totalSize();
        return new Sizes(roaring, heap, counts);
    }
}
