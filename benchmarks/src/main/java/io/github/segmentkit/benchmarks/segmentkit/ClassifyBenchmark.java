package io.github.segmentkit.benchmarks.segmentkit;

import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.activeMobile;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.churnRisk;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.dach;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.families;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.frequentBuyers;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.highIncome;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.lapsed;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.loyalSpenders;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.nearBerlin;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.newSignups;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.newsletterFree;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.noSportsEnDe;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.offline;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.outdoor;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.recentBuyers;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.southAsiaMidIncome;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.techGamers;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.unengaged;
import static io.github.segmentkit.benchmarks.workload.HandWrittenSegments.youngAdults;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.CustomerGenerator;
import io.github.segmentkit.benchmarks.workload.HandWrittenSegments;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.MembershipBuffer;
import io.github.segmentkit.testing.ReferenceEvaluator;
import java.util.LinkedHashSet;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code classify} of one customer against the 20 segments, cycling through 65,536 different customers (by
 * default; {@link #population}) so that branch history and caches do not see the same one each time:
 * {@code segmentsOf} (a new {@code Set} per customer), the allocation-free {@code classifyInto} a reused buffer, and
 * the single hand-written loop's body for one customer (the 20 {@link HandWrittenSegments} predicates into a bit
 * set: what {@code SinglePassLoopBenchmark} runs per customer, here on the same customers in the same run, so that
 * the ratio is one run's); the {@link ReferenceEvaluator} alongside for scale; and building the segmenter (validation
 * and compilation of the 20 definitions). At setup every one of the customers must get exactly the reference's
 * segments from each path.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ClassifyBenchmark {
    /**
     * How many different customers the calls cycle through, a power of two: 65,536 by default (about 26 MB of
     * customer objects, more than the caches hold, as in a CRM's stream of changes); 256 measures the work per
     * customer once the objects are in cache.
     */
    @Param("65536")
    public int population = 1 << 16;

    private List<BenchCustomer> customers;
    private Segmenter<BenchCustomer> segmenter;
    private ReferenceEvaluator<BenchCustomer> oracle;
    private ColumnarSegmenter<BenchCustomer> engine;
    private MembershipBuffer buffer;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        if (Integer.bitCount(population) != 1) {
            throw new IllegalArgumentException("population must be a power of two, not " + population);
        }
        customers = CustomerGenerator.generate(population);
        segmenter = buildSegmenter();
        oracle = ReferenceEvaluator.of(BenchSchema.SCHEMA, BenchSegments.ALL, BenchSegments.asOf());
        engine = ColumnarSegmenter.of(segmenter);
        buffer = engine.newMembershipBuffer();
        List<String> names = BenchSegments.names();
        for (BenchCustomer customer : customers) {
            Set<String> expected = oracle.segmentsOf(customer);
            check("classify", customer, segmenter.segmentsOf(customer), expected);
            check("classifyInto", customer, engine.classifyInto(customer, buffer).toSet(), expected);
            long handWritten = handWritten(customer);
            Set<String> loop = new LinkedHashSet<>();
            for (int s = 0; s < names.size(); s++) {
                if ((handWritten & (1L << s)) != 0) {
                    loop.add(names.get(s));
                }
            }
            check("handWrittenLoop", customer, loop, expected);
        }
    }

    private static void check(String path, BenchCustomer customer, Set<String> actual, Set<String> expected) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException(path + "(" + customer + ") = " + actual
                    + ", the reference evaluator says " + expected);
        }
    }

    private BenchCustomer nextCustomer() {
        next = (next + 1) & (population - 1);
        return customers.get(next);
    }

    /** Our engine, through {@code Segmenter.classify}. */
    @Benchmark
    public Set<String> classify() {
        return segmenter.segmentsOf(nextCustomer());
    }

    /** Our engine, into a reused buffer: no allocation. */
    @Benchmark
    public MembershipBuffer classifyInto() {
        return engine.classifyInto(nextCustomer(), buffer);
    }

    /** The single hand-written loop's body for one customer: the 20 predicates into a bit set. */
    @Benchmark
    public long handWrittenLoop() {
        return handWritten(nextCustomer());
    }

    private static long handWritten(BenchCustomer customer) {
        long bits = 0;
        bits |= youngAdults(customer) ? 1L : 0;
        bits |= highIncome(customer) ? 1L << 1 : 0;
        bits |= dach(customer) ? 1L << 2 : 0;
        bits |= southAsiaMidIncome(customer) ? 1L << 3 : 0;
        bits |= outdoor(customer) ? 1L << 4 : 0;
        bits |= techGamers(customer) ? 1L << 5 : 0;
        bits |= recentBuyers(customer) ? 1L << 6 : 0;
        bits |= lapsed(customer) ? 1L << 7 : 0;
        bits |= newSignups(customer) ? 1L << 8 : 0;
        bits |= activeMobile(customer) ? 1L << 9 : 0;
        bits |= nearBerlin(customer) ? 1L << 10 : 0;
        boolean loyal = loyalSpenders(customer);
        bits |= loyal ? 1L << 11 : 0;
        bits |= newsletterFree(customer) ? 1L << 12 : 0;
        boolean churn = churnRisk(customer);
        bits |= churn ? 1L << 13 : 0;
        bits |= offline(customer) ? 1L << 14 : 0;
        bits |= families(customer) ? 1L << 15 : 0;
        bits |= frequentBuyers(customer) ? 1L << 16 : 0;
        bits |= unengaged(customer) ? 1L << 17 : 0;
        bits |= noSportsEnDe(customer) ? 1L << 18 : 0;
        bits |= loyal && churn ? 1L << 19 : 0;
        return bits;
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
