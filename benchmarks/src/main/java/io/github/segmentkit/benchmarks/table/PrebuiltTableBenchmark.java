package io.github.segmentkit.benchmarks.table;

import io.github.segmentkit.benchmarks.segmentkit.SegmentKitBenchmark;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (6), our engine on a pre-built table: the customers are read into a {@link CustomerTable} once (the
 * {@link #buildTable} benchmark times that), then every run segments the table. This is the only benchmark class that
 * uses the columnar engine's own API ({@code ColumnarSegmenter}, {@code CustomerTable}) rather than the public
 * {@code Segmenter} interface.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar PrebuiltTableBenchmark -p threads=1,2
 * }</pre>
 */
public class PrebuiltTableBenchmark extends WorkloadState {
    /** {@code SegmenterBuilder.parallelism}. */
    @Param({"1", "2"})
    public int threads;

    private ColumnarSegmenter<BenchCustomer> engine;
    private CustomerTable<BenchCustomer> table;
    private List<BenchCustomer> list;
    private List<String> names;

    @Setup(Level.Trial)
    public void setUp() {
        list = workload().customers();
        names = BenchSegments.names();
        engine = ColumnarSegmenter.of(BenchSegments.segmenter(threads));
        table = buildTable();
        Answers.check("pre-built table counts", workload().expectedCounts(), counts());
        Answers.check("pre-built table member ids", workload().expectedCounts(), Answers.sizes(memberIds()));
        LongLivedData.settle();
    }

    /** The 20 counts, without member bitmaps. */
    @Benchmark
    public int[] counts() {
        return engine.counts(table);
    }

    /** All 20 segments with their member bitmaps (the engine's result object). */
    @Benchmark
    public RoaringSegmentationResult segment() {
        return engine.segment(table);
    }

    /** All 20 segments, then the member ids of each as a {@code long[]}. */
    @Benchmark
    public long[][] memberIds() {
        return SegmentKitBenchmark.allMemberIds(engine.segment(table), names);
    }

    /** Reading the records into a table. */
    @Benchmark
    public CustomerTable<BenchCustomer> buildTable() {
        return engine.table(list);
    }
}
