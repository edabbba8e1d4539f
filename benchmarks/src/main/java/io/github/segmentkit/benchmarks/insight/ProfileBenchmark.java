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
 * segments) against {@link StreamsProfiles} (streams over the customer objects, one segment at a time), at 1M and
 * 10M customers. Both start from the same segmentation result, built once at setup, where they are also checked to
 * agree ({@link ProfileAgreement}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ProfileBenchmark -p customers=1000000,10000000
 * }</pre>
 */
public class ProfileBenchmark extends WorkloadState {
    /** The segments profiled, as issue 14 asks. */
    static final int SEGMENTS = 20;

    private List<BenchCustomer> population;
    private CustomerTable<BenchCustomer> table;
    private RoaringSegmentationResult result;

    @Setup(Level.Trial)
    public void setUp() {
        population = workload().customers();
        ColumnarSegmenter<BenchCustomer> engine = ColumnarSegmenter.of(BenchSegments.segmenter(2));
        table = engine.table(population);
        result = engine.segment(table);
        checkAnswers();
    }

    /**
     * The library's profiles equal the peer's, checked on the first, a middle and the last segment (all 20 at 10M
     * would take the peer minutes of setup; {@code InsightBenchmarksTest} checks all 20 on 10,000 customers).
     *
     * @throws IllegalStateException at the first difference
     */
    void checkAnswers() {
        List<String> names = result.segmentNames();
        if (names.size() != SEGMENTS) {
            throw new IllegalStateException(names.size() + " segments, not the issue's " + SEGMENTS);
        }
        List<String> sample = List.of(names.get(0), names.get(names.size() / 2), names.get(names.size() - 1));
        ProfileAgreement.check(profiler(), StreamsProfiles.profile(population, result, sample));
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
