package io.github.segmentkit.benchmarks.live;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.benchmarks.segments.DrawnSegments;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.BenchmarkSettings;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.live.LiveSegmentation;
import io.github.segmentkit.live.LiveSnapshot;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The as-of clock of a live segmentation moved by one day with many segments, drawn by {@link DrawnSegments} (a
 * fifth of them relative to the as-of date, each with its own number of days, so that a day moves many customers and
 * the live segmentation often re-segments everyone instead), against a full re-segmentation of the same segments in
 * the same run, on one thread as the live segmentation's own re-segmentation runs. A single shot per iteration on a
 * live segmentation rebuilt, and snapshotted once, before each one. Setup checks that a moved live segmentation has
 * the engine's members at the next day, segment by segment.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LiveManySegmentsBenchmark -p segments=20,200,1000
 * }</pre>
 */
public class LiveManySegmentsBenchmark extends BenchmarkSettings {
    private static final int WARM_UP_CUSTOMERS = 20_000;
    private static final int WARM_UP_DAYS = 40;

    /** How many customers. */
    @Param({"200000"})
    public int customers;

    /** How many drawn segments. */
    @Param({"20", "200", "1000"})
    public int segments;

    private List<BenchCustomer> list;
    private List<Segment> drawn;
    private ColumnarSegmenter<BenchCustomer> engine;
    private CustomerTable<BenchCustomer> table;
    private LiveSegmentation<BenchCustomer> live;

    @Setup(Level.Trial)
    public void setUp() {
        list = LiveWorkload.customers(customers);
        drawn = DrawnSegments.draw(segments, DrawnSegments.SEED).stream().map(DrawnSegments.Drawn::segment).toList();
        engine = ColumnarSegmenter.of(Segmenter.builder(BenchSchema.SCHEMA).addAll(drawn).asOf(BenchSegments.AS_OF)
                .parallelism(1).build());
        table = engine.table(list);
        try (LiveSegmentation<BenchCustomer> warm = build(LiveWorkload.customers(Math.min(customers,
                WARM_UP_CUSTOMERS)))) {
            for (int day = 0; day < WARM_UP_DAYS; day++) {
                warm.advanceDays(1);
                warm.snapshot();
            }
        }
        checkOneDay();
    }

    /** A live segmentation moved one day has, in every segment, the members a full segmentation gives that day. */
    private void checkOneDay() {
        ColumnarSegmenter<BenchCustomer> nextDay = ColumnarSegmenter.of(Segmenter.builder(BenchSchema.SCHEMA)
                .addAll(drawn).asOf(BenchSegments.AS_OF.plusDays(1)).build());
        RoaringSegmentationResult expected = nextDay.segment(nextDay.table(list));
        try (LiveSegmentation<BenchCustomer> moved = build(list)) {
            moved.advanceDays(1);
            LiveSnapshot snapshot = moved.snapshot();
            for (Segment segment : drawn) {
                int got = snapshot.count(segment.name());
                int want = expected.count(segment.name());
                if (got != want) {
                    throw new IllegalStateException("segment " + segment.name() + " has " + got
                            + " members after a day on the clock, a full segmentation of that day " + want);
                }
            }
        }
    }

    @Setup(Level.Iteration)
    public void startLive() {
        if (live != null) {
            live.close();
        }
        live = build(list);
        live.snapshot();   // publishes every block once: a snapshot after the move copies only what it changed
        LongLivedData.settle();
    }

    private LiveSegmentation<BenchCustomer> build(List<BenchCustomer> customers) {
        return LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(drawn).asOf(BenchSegments.AS_OF).build(customers);
    }

    /** The as-of clock moved by one day from the start, and a snapshot of the result. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, batchSize = 1)
    @Measurement(iterations = 8, batchSize = 1)
    public LiveSnapshot advanceOneDay() {
        live.advanceDays(1);
        return live.snapshot();
    }

    /** Every segment of every customer, from scratch on the columnar table, one thread: the baseline. */
    @Benchmark
    public RoaringSegmentationResult fullResegmentation() {
        return engine.segment(table);
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (live != null) {
            live.close();
        }
    }

    /** The live segmentation of the current iteration, for the benchmark's test. */
    public LiveSegmentation<BenchCustomer> live() {
        return live;
    }

    /** The drawn segments, for the benchmark's test. */
    public List<Segment> drawn() {
        return drawn;
    }
}
