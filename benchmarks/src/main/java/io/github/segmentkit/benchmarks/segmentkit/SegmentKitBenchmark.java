package io.github.segmentkit.benchmarks.segmentkit;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (6), our engine through the public API only, so it measures whichever engine {@code Segmenter.builder} finds:
 * {@code segment(customers)} from the list of records (reading the records is part of the time), then either the 20
 * counts or the 20 member-id arrays, with {@code parallelism} 1 and 2 (this machine's cores).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SegmentKitBenchmark -p threads=1,2
 * }</pre>
 */
public class SegmentKitBenchmark extends WorkloadState {
    /** {@code SegmenterBuilder.parallelism}. */
    @Param({"1", "2"})
    public int threads;

    private Segmenter<BenchCustomer> segmenter;
    private List<BenchCustomer> list;
    private List<String> names;

    @Setup(Level.Trial)
    public void setUp() {
        list = workload().customers();
        names = BenchSegments.names();
        segmenter = BenchSegments.segmenter(threads);
        Answers.check("segmentkit counts", workload().expectedCounts(), counts());
        Answers.check("segmentkit member ids", workload().expectedCounts(), Answers.sizes(memberIds()));
        LongLivedData.settle();
    }

    /** Segments the records and reads the 20 counts. */
    @Benchmark
    public int[] counts() {
        SegmentationResult result = segmenter.segment(list);
        return names.stream().mapToInt(result::count).toArray();
    }

    /** Segments the records and materialises the member ids of all 20 segments. */
    @Benchmark
    public long[][] memberIds() {
        return allMemberIds(segmenter.segment(list), names);
    }

    /** The member ids of each of the {@code names} segments of {@code result}, in the order of {@code names}. */
    public static long[][] allMemberIds(SegmentationResult result, List<String> names) {
        long[][] ids = new long[names.size()][];
        for (int s = 0; s < ids.length; s++) {
            ids[s] = result.memberIds(names.get(s));
        }
        return ids;
    }
}
