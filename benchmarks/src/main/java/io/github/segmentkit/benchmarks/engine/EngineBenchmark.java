package io.github.segmentkit.benchmarks.engine;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import java.util.Arrays;
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
 * Times the columnar engine's own parts on {@link EngineWorkload}, for tuning: all 20 segments with member bitmaps
 * and counts only, on 1 and 2 threads; the table build; {@code classify} of one customer. At setup it checks its
 * counts against the reference evaluator (on a sample when the table is large) and prints bytes per customer.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -p customers=1000000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class EngineBenchmark {
    @Param({"1000000"})
    int customers;

    @Param({"1", "2"})
    int threads;

    private List<EngineWorkload.Customer> records;
    private ColumnarSegmenter<EngineWorkload.Customer> engine;
    private CustomerTable<EngineWorkload.Customer> table;
    private EngineWorkload.Customer one;

    @Setup(Level.Trial)
    public void setUp() {
        records = EngineWorkload.customers(customers, 42);
        List<Segment> segments = EngineWorkload.segments();
        engine = ColumnarSegmenter.of(Segmenter.builder(EngineWorkload.SCHEMA).addAll(segments)
                .asOf(EngineWorkload.AS_OF).parallelism(threads).build());
        table = engine.table(records);
        one = records.get(customers / 2);
        int[] counts = engine.counts(table);
        List<EngineWorkload.Customer> sample = records.subList(0, Math.min(customers, 200_000));
        ReferenceResult expected = ReferenceEvaluator.of(EngineWorkload.SCHEMA, segments,
                io.github.segmentkit.api.AsOf.date(EngineWorkload.AS_OF)).segment(sample);
        int[] sampleCounts = engine.counts(engine.table(sample));
        for (int s = 0; s < segments.size(); s++) {
            if (sampleCounts[s] != expected.count(segments.get(s).name())) {
                throw new IllegalStateException("segment " + segments.get(s).name() + ": " + sampleCounts[s]
                        + " members, the reference evaluator finds " + expected.count(segments.get(s).name()));
            }
        }
        System.out.printf("%n%d customers, %.1f bytes per customer in the table, counts %s%n", customers,
                table.memoryBytes() / (double) customers, Arrays.toString(counts));
        LongLivedData.settle();
    }

    @Benchmark
    public RoaringSegmentationResult segmentWithMembers() {
        return engine.segment(table);
    }

    @Benchmark
    public int[] countsOnly() {
        return engine.counts(table);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public CustomerTable<EngineWorkload.Customer> buildTable() {
        return engine.table(records);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Set<String> classifyOne() {
        return engine.segmentsOf(one);
    }
}
