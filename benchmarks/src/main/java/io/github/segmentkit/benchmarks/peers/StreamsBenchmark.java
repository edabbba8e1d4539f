package io.github.segmentkit.benchmarks.peers;

import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.HandWrittenSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import java.util.List;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (1), what most code does today: Java streams over a {@code List} of records, one {@code filter().count()}
 * (or {@code filter().mapToLong(id).toArray()}) per segment, sequential.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar StreamsBenchmark -p customers=1000000
 * }</pre>
 */
public class StreamsBenchmark extends WorkloadState {
    private List<BenchCustomer> list;

    @Setup(Level.Trial)
    public void setUp() {
        list = workload().customers();
        Answers.check("streams counts", workload().expectedCounts(), counts());
        Answers.check("streams member ids", workload().expectedCounts(), Answers.sizes(memberIds()));
        LongLivedData.settle();
    }

    /** The member count of each segment. */
    @Benchmark
    public int[] counts() {
        List<Predicate<BenchCustomer>> segments = HandWrittenSegments.ALL;
        int[] counts = new int[segments.size()];
        for (int s = 0; s < counts.length; s++) {
            counts[s] = (int) list.stream().filter(segments.get(s)).count();
        }
        return counts;
    }

    /** The member ids of each segment. */
    @Benchmark
    public long[][] memberIds() {
        List<Predicate<BenchCustomer>> segments = HandWrittenSegments.ALL;
        long[][] ids = new long[segments.size()][];
        for (int s = 0; s < ids.length; s++) {
            ids[s] = list.stream().filter(segments.get(s)).mapToLong(BenchCustomer::id).toArray();
        }
        return ids;
    }
}
