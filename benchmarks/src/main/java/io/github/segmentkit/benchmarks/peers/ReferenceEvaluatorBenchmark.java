package io.github.segmentkit.benchmarks.peers;

import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.BenchmarkSettings;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.Workload;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Peer (3): the {@link ReferenceEvaluator} (the oracle of the test suite), which walks every criterion tree for
 * every customer and reads values afresh through the schema. Measured at 1M only: at 10M its per-customer lists of
 * booleans alone take gigabytes, and one run takes minutes.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReferenceEvaluatorBenchmark
 * }</pre>
 */
public class ReferenceEvaluatorBenchmark extends BenchmarkSettings {
    /** Only 1M by default (see the class comment); override with {@code -p customers=…}. */
    @Param({"1000000"})
    public int customers;

    private ReferenceEvaluator<BenchCustomer> oracle;
    private List<BenchCustomer> list;

    private Workload workload() {
        return Workload.of(customers);
    }

    @Setup(Level.Trial)
    public void setUp() {
        list = workload().customers();
        oracle = ReferenceEvaluator.of(BenchSchema.SCHEMA, BenchSegments.ALL, BenchSegments.asOf());
        ReferenceResult result = segment();
        int[] counts = BenchSegments.names().stream().mapToInt(result::count).toArray();
        Answers.check("reference evaluator", workload().expectedCounts(), counts);
        LongLivedData.settle();
    }

    /** Every segment of every customer, as the oracle's result object. */
    @Benchmark
    public ReferenceResult segment() {
        return oracle.segment(list);
    }
}
