package io.github.segmentkit.benchmarks.insight;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.insight.profile.ProfileReport;
import io.github.segmentkit.insight.profile.Profiler;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Profiles of the workload's 20 segments (issue 14): {@code Profiler} (each column of the table decoded once for all
 * segments) against {@link StreamsProfiles} (streams over the customer objects, one segment at a time). Both start
 * from the same segmentation result, built once at setup; {@code ProfileBenchmarkTest} checks that they agree.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ProfileBenchmark -p customers=1000000
 * }</pre>
 */
public class ProfileBenchmark extends WorkloadState {
    private List<BenchCustomer> population;
    private CustomerTable<BenchCustomer> table;
    private RoaringSegmentationResult result;

    @Setup(Level.Trial)
    public void setUp() {
        population = workload().customers();
        ColumnarSegmenter<BenchCustomer> engine = ColumnarSegmenter.of(BenchSegments.segmenter(2));
        table = engine.table(population);
        result = engine.segment(table);
    }

    /** The library: 20 segments and the population, every profiled attribute, the overlaps. */
    @Benchmark
    public ProfileReport profiler() {
        return Profiler.create().profile(table, result);
    }

    /** The peer: streams per segment over the customer objects (no overlaps). */
    @Benchmark
    public List<StreamsProfiles.Profile> streams() {
        return StreamsProfiles.profile(population, result);
    }
}
