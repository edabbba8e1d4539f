package io.github.segmentkit.benchmarks.segments;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The engine with many segments, shared by the hardening issue (memory of member bitmaps) and the performance issue
 * (their speed): {@code segments} spend bands over a pre-built table, {@code total_spend >= lo and total_spend < hi}
 * with equal widths over the spend range, so that with the workload's log-normal spend a few bands are dense and
 * most are sparse, as price-band or per-store segments are. Setup checks every band's count against a plain loop
 * over the records and prints the bytes of the member bitmaps.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ManySegmentsBenchmark -p customers=1000000 -p segments=20,200,10000
 * }</pre>
 */
public class ManySegmentsBenchmark extends WorkloadState {
    /** How many spend bands. */
    @Param({"20", "200", "1000", "2000", "10000"})
    public int segments;

    private ColumnarSegmenter<BenchCustomer> engine;
    private CustomerTable<BenchCustomer> table;

    @Setup(Level.Trial)
    public void setUp() {
        List<BenchCustomer> customers = workload().customers();
        double[] edges = edges(customers, segments);
        List<Segment> bands = new ArrayList<>(segments);
        for (int s = 0; s < segments; s++) {
            bands.add(Segment.named("band-" + s).where(BenchSchema.TOTAL_SPEND.ge(edges[s])
                    .and(BenchSchema.TOTAL_SPEND.lt(edges[s + 1]))));
        }
        engine = ColumnarSegmenter.of(Segmenter.builder(BenchSchema.SCHEMA).addAll(bands)
                .asOf(BenchSegments.AS_OF).parallelism(2).build());
        table = engine.table(customers);
        Answers.check("spend bands", expectedCounts(customers, edges), counts());
        RoaringSegmentationResult result = segment();
        long bitmapBytes = 0;
        for (int s = 0; s < segments; s++) {
            bitmapBytes += result.members("band-" + s).getLongSizeInBytes();
        }
        System.out.printf("%n%d segments: member bitmaps %,d bytes, table %,d bytes%n", segments, bitmapBytes,
                table.memoryBytes());
    }

    /** The counts of every band, without member bitmaps. */
    @Benchmark
    public int[] counts() {
        return engine.counts(table);
    }

    /** Every band with its member bitmap. */
    @Benchmark
    public RoaringSegmentationResult segment() {
        return engine.segment(table);
    }

    /** {@code segments + 1} equally spaced edges from the smallest to just past the largest spend. */
    static double[] edges(List<BenchCustomer> customers, int segments) {
        double max = customers.stream().mapToDouble(BenchCustomer::totalSpend).filter(v -> !Double.isNaN(v)).max()
                .orElse(1);
        double[] edges = new double[segments + 1];
        for (int i = 0; i <= segments; i++) {
            edges[i] = Math.nextUp(max) * i / segments;
        }
        edges[segments] = Math.nextUp(max);
        return edges;
    }

    /** The members of each band by a plain loop: the band whose [lo, hi) holds the spend, found by binary search. */
    static int[] expectedCounts(List<BenchCustomer> customers, double[] edges) {
        int[] counts = new int[edges.length - 1];
        for (BenchCustomer customer : customers) {
            double spend = customer.totalSpend();
            if (Double.isNaN(spend) || spend < edges[0] || spend >= edges[edges.length - 1]) {
                continue;
            }
            int at = Arrays.binarySearch(edges, spend);
            // an exact edge starts its band; otherwise the insertion point is one past the band's low edge
            int band = at >= 0 ? at : -at - 2;
            counts[band]++;
        }
        return counts;
    }
}
