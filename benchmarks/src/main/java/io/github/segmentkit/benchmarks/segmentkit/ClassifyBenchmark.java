package io.github.segmentkit.benchmarks.segmentkit;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.CustomerGenerator;
import io.github.segmentkit.testing.ReferenceEvaluator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code classify} of one customer against the 20 segments, cycling through 65,536 different customers so that
 * branch history and caches do not see the same one each time; the {@link ReferenceEvaluator} alongside for scale;
 * and building the segmenter (validation and compilation of the 20 definitions). At setup every one of the customers
 * must get exactly the reference's segments.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ClassifyBenchmark {
    private static final int CUSTOMERS = 1 << 16;

    private List<BenchCustomer> customers;
    private Segmenter<BenchCustomer> segmenter;
    private ReferenceEvaluator<BenchCustomer> oracle;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        customers = CustomerGenerator.generate(CUSTOMERS);
        segmenter = buildSegmenter();
        oracle = ReferenceEvaluator.of(BenchSchema.SCHEMA, BenchSegments.ALL, BenchSegments.asOf());
        for (BenchCustomer customer : customers) {
            Set<String> expected = oracle.segmentsOf(customer);
            if (!segmenter.segmentsOf(customer).equals(expected)) {
                throw new IllegalStateException("classify(" + customer + ") = " + segmenter.segmentsOf(customer)
                        + ", the reference evaluator says " + expected);
            }
        }
    }

    private BenchCustomer nextCustomer() {
        next = (next + 1) & (CUSTOMERS - 1);
        return customers.get(next);
    }

    /** Our engine, through {@code Segmenter.classify}. */
    @Benchmark
    public Set<String> classify() {
        return segmenter.segmentsOf(nextCustomer());
    }

    /** The reference evaluator's {@code classify}, for scale. */
    @Benchmark
    public Set<String> classifyReference() {
        return oracle.segmentsOf(nextCustomer());
    }

    /** Validating and compiling the 20 definitions into a segmenter (no customers involved). */
    @Benchmark
    public Segmenter<BenchCustomer> buildSegmenter() {
        return BenchSegments.segmenter(2);
    }
}
