package io.github.segmentkit.benchmarks.live;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.ThreadRunTimes;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.live.LiveSegmentation;
import io.github.segmentkit.live.LiveSnapshot;
import io.github.segmentkit.live.SegmentListener;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The as-of clock of a live segmentation moved by one day, on the 20 benchmark segments and the {@link LiveWorkload}
 * (about 0.3 % of the customers cross a bound that day): a single shot per iteration on a live segmentation rebuilt,
 * and snapshotted once, before each one (neither timed). Compare with
 * {@code LiveSegmentationBenchmark.fullResegmentation} in the same run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar 'LiveClockBenchmark|LiveSegmentationBenchmark.fullResegmentation'
 * }</pre>
 *
 * <p>{@code -prof gc} would count the rebuild's allocation against the shot, so the benchmark measures the move's
 * own allocation on its thread and prints it, with the customers moved, when the trial ends
 * ({@link #movedShare()}, {@link #allocatedBytesPerMove()}). The trial first moves the clock of small populations
 * (100,000 customers, 15 times 200 days), then of the measured population itself (40 days), so that the measured
 * shots run fully compiled code with every branch they take. With {@code -jvmArgsAppend
 * -Dsegmentkit.threadRunTimes=true} each shot also prints which threads ran while it did ({@link ThreadRunTimes}).
 */
public class LiveClockBenchmark extends WorkloadState {
    /*
     * A move calls its hot methods once per batch of 256 touched customers: a few hundred times per move at ten
     * million customers, a handful on a small population. The JIT compiles a method fully after some thousands of
     * calls, so a warm-up of one population moved a hundred days left the measured shots running partly interpreted
     * or first-tier code (seen with -XX:+PrintCompilation: C2 compiles of ClockMemo.decide, MemberBlocks.readRows
     * and the membership changes during the first shots). Several small populations moved for many days each call
     * them some thousands of times, in about ten seconds.
     *
     * That is not enough on its own: branches a small population never takes get no code. A last login exactly at
     * midnight, on a bound's second (309 of the million customers, 36 of the 100,000), leaves its relative criterion
     * as it was, so ClockMemo.keepMoved drops the row; keepMoved as compiled from the small populations' moves had no
     * path for that, and the first 1M move threw that code away (uncommon traps in keepMoved and
     * RowCompiler.compareInstant's equal-seconds branch, seen with -XX:+LogCompilation) and ran the next four or five
     * moves in first-tier code while it was compiled again (seen with -XX:+PrintCompilation): the first shots measured
     * a recompilation. The measured population itself, moved for some days, takes those branches first (the traps
     * now fall in the trial's set-up).
     *
     * Every population of the warm-up has the measured shots' listener: without one, the subscription's delivery loop
     * was first compiled (C1, then C2 on stack replacement, then C2) as the shots' events arrived (in a plain program
     * with this warm-up, during its third to fifth shots), on the core the move's helper needed.
     */
    private static final int WARM_UP_CUSTOMERS = 100_000;
    private static final int WARM_UP_ROUNDS = 15;
    private static final int WARM_UP_DAYS = 200;
    private static final int FULL_SIZE_WARM_UP_DAYS = 40;

    private List<BenchCustomer> list;
    private LiveSegmentation<BenchCustomer> live;
    private final AtomicLong events = new AtomicLong();
    /** The events of the warm-up's populations, counted apart: their listeners may still be delivering. */
    private final AtomicLong warmUpEvents = new AtomicLong();
    private long eventsBefore;
    private long moves;
    private long movedCustomers;
    private long allocated;
    /** With {@link ThreadRunTimes#ENABLED}: the threads' run times when the shot's set-up ended, and its length. */
    private ThreadRunTimes beforeShot;
    private long shotNanos;

    @Setup(Level.Trial)
    public void setUp() {
        if (ThreadRunTimes.ENABLED) {
            ThreadRunTimes.warmUp();
        }
        list = LiveWorkload.customers(customers);
        List<BenchCustomer> few = LiveWorkload.customers(Math.min(customers, WARM_UP_CUSTOMERS));
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            try (LiveSegmentation<BenchCustomer> warm = build(few)) {
                warm.subscribe(counting(warmUpEvents));
                for (int day = 0; day < WARM_UP_DAYS; day++) {
                    warm.advanceDays(1);
                    warm.snapshot();
                }
            }
        }
        try (LiveSegmentation<BenchCustomer> warm = build(list)) {
            warm.subscribe(counting(warmUpEvents));
            for (int day = 0; day < FULL_SIZE_WARM_UP_DAYS; day++) {
                warm.advanceDays(1);
                warm.snapshot();
            }
        }
    }

    @Setup(Level.Iteration)
    public void startLive() {
        if (live != null) {
            live.close();
        }
        live = build(list);
        live.subscribe(counting(events));
        live.snapshot();   // publishes every block once: a snapshot after the move copies only what it changed
        eventsBefore = events.get();
        LongLivedData.settle();
        if (ThreadRunTimes.ENABLED) {
            beforeShot = ThreadRunTimes.read();
        }
    }

    /**
     * The listener of every population, the warm-up's too: the measured shots deliver their events to it as they
     * end, so its delivery loop and this listener's class must be compiled before them, not during them.
     */
    private static SegmentListener counting(AtomicLong counter) {
        return event -> counter.incrementAndGet();
    }

    private static LiveSegmentation<BenchCustomer> build(List<BenchCustomer> customers) {
        return LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL).asOf(BenchSegments.AS_OF)
                .build(customers);
    }

    /** The as-of clock moved by one day from the start, and a snapshot of the result. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, batchSize = 1)
    @Measurement(iterations = 8, batchSize = 1)
    public LiveSnapshot advanceOneDay() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long started = ThreadRunTimes.ENABLED ? System.nanoTime() : 0;
        live.advanceDays(1);
        LiveSnapshot snapshot = live.snapshot();
        shotNanos = ThreadRunTimes.ENABLED ? System.nanoTime() - started : 0;
        allocated += threads.getCurrentThreadAllocatedBytes() - before;
        moves++;
        return snapshot;
    }

    @TearDown(Level.Iteration)
    public void countMoved() throws InterruptedException {
        if (ThreadRunTimes.ENABLED) {
            System.out.printf("shot %.2f ms, threads that ran: %s%n", shotNanos / 1e6,
                    ThreadRunTimes.read().since(beforeShot));
        }
        live.awaitDelivered(Duration.ofMinutes(1));
        movedCustomers += events.get() - eventsBefore;
    }

    @TearDown(Level.Trial)
    public void stop() {
        live.close();
        System.out.printf("LiveClockBenchmark customers=%d: %d moves, %.3f %% of the customers moved per move (events),"
                + " %d bytes allocated per move on the moving thread%n", customers, moves, 100 * movedShare(),
                allocatedBytesPerMove());
    }

    /** The events per move, as a share of the customers (each crossing customer has about one event). */
    public double movedShare() {
        return moves == 0 ? 0 : (double) movedCustomers / moves / customers;
    }

    /** The bytes the moving thread allocated per move, snapshot included. */
    public long allocatedBytesPerMove() {
        return moves == 0 ? 0 : allocated / moves;
    }

    /** The live segmentation of the current iteration, for the benchmark's test. */
    public LiveSegmentation<BenchCustomer> live() {
        return live;
    }
}
