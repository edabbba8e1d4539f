package io.github.segmentkit.benchmarks.insight;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.whatif.SweepPoint;
import io.github.segmentkit.insight.whatif.SweptBound;
import io.github.segmentkit.insight.whatif.ThresholdSweep;
import io.github.segmentkit.insight.whatif.WhatIf;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The what-if sweep (issue 14) of the spend threshold of {@code loyal_spenders} ({@code loyalty_tier in (gold,
 * platinum) and total_spend > 2000}): {@code WhatIf.sweep} at 20 and at 1,000 candidate thresholds against
 * re-segmenting the table once per threshold for 20 of them (scale by 50 for 1,000), at 1M and 10M customers. The
 * setup checks that both give the same counts.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WhatIfBenchmark -p customers=1000000,10000000
 * }</pre>
 */
public class WhatIfBenchmark extends WorkloadState {
    /** The segment swept: one segment, so that both sides evaluate the same criteria. */
    static final String SEGMENT = "loyal_spenders";

    private CustomerTable<BenchCustomer> table;
    private SegmenterDefinition<BenchCustomer> definition;
    private double[] twenty;
    private double[] thousand;

    @Setup(Level.Trial)
    public void setUp() {
        definition = new SegmenterDefinition<>(BenchSchema.SCHEMA, List.of(segment(2_000.0)), null, 2);
        table = new ColumnarSegmenter<>(definition).table(workload().customers());
        twenty = thresholds(20);
        thousand = thresholds(1_000);
        checkAnswers();
    }

    /**
     * The sweeps count what re-segmenting counts: at all 20 thresholds, and at the 1,000-threshold sweep's
     * thresholds 0, 50, 100, ... (the same values as the 20: multiples of 500, exact in binary).
     *
     * @throws IllegalStateException at the first difference
     */
    void checkAnswers() {
        int[] expected = resegment20();
        List<SweepPoint> few = sweep20().points();
        List<SweepPoint> many = sweep1000().points();
        int step = thousand.length / twenty.length;
        for (int i = 0; i < twenty.length; i++) {
            if (few.get(i).members() != expected[i] || many.get(i * step).members() != expected[i]) {
                throw new IllegalStateException("threshold " + twenty[i] + ": re-segmenting counts " + expected[i]
                        + ", the 20-threshold sweep " + few.get(i).members() + ", the 1,000-threshold sweep "
                        + many.get(i * step).members());
            }
        }
    }

    static Segment segment(double threshold) {
        return Segment.named(SEGMENT).where(Criteria.and(BenchSchema.LOYALTY_TIER.in("gold", "platinum"),
                BenchSchema.TOTAL_SPEND.gt(threshold)));
    }

    /** {@code count} thresholds evenly spaced over [0, 10,000). */
    static double[] thresholds(int count) {
        double[] thresholds = new double[count];
        for (int i = 0; i < count; i++) {
            thresholds[i] = 10_000.0 * i / count;
        }
        return thresholds;
    }

    /** The library at 20 thresholds. */
    @Benchmark
    public ThresholdSweep sweep20() {
        return WhatIf.sweep(definition, table, SEGMENT, 1, SweptBound.VALUE, twenty);
    }

    /** The library at 1,000 thresholds. */
    @Benchmark
    public ThresholdSweep sweep1000() {
        return WhatIf.sweep(definition, table, SEGMENT, 1, SweptBound.VALUE, thousand);
    }

    /** The alternative: one segmentation (counts only) per threshold, 20 thresholds. */
    @Benchmark
    public int[] resegment20() {
        int[] counts = new int[twenty.length];
        for (int i = 0; i < twenty.length; i++) {
            SegmenterDefinition<BenchCustomer> changed = new SegmenterDefinition<>(BenchSchema.SCHEMA,
                    List.of(segment(twenty[i])), null, 2);
            counts[i] = new ColumnarSegmenter<>(changed).counts(table)[0];
        }
        return counts;
    }
}
