package io.github.segmentkit.benchmarks.live;

import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.LongLivedData;
import io.github.segmentkit.benchmarks.workload.WorkloadState;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.live.LiveSegmentation;
import io.github.segmentkit.live.LiveSnapshot;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Live segments against a full re-segmentation in the same run, on the 20 benchmark segments and the
 * {@link LiveWorkload} (the shared customers with activity dates spread so that a day moves about 0.3 % of them):
 * one customer change with its events ({@link #oneChange}: a customer alternates between its own data and a copy
 * that ordered today, so the state does not drift and every change moves it in and out of {@code recent_buyers}),
 * against {@link #fullResegmentation} of the columnar table (the clock is {@link LiveClockBenchmark}); the
 * throughput of 1, 2 and 4 writer threads ({@link #writers1}, {@link #writers2}, {@link #writers4}); and
 * the latency of readers (a segment's count, a customer's segments, each from a fresh snapshot) while two writers
 * run (the group {@code readWhileWriting}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LiveSegmentationBenchmark -p customers=1000000 -prof gc
 * }</pre>
 *
 * <p>The live segmentation is built once per trial (the changes oscillate, so the state does not drift), so that
 * {@code -prof gc} counts the changes' allocation only.
 */
public class LiveSegmentationBenchmark extends WorkloadState {
    private List<BenchCustomer> list;
    private ColumnarSegmenter<BenchCustomer> engine;
    private CustomerTable<BenchCustomer> table;
    private LiveSegmentation<BenchCustomer> live;
    private final AtomicLong events = new AtomicLong();
    private int next;
    private boolean ordered;
    /** {@link #oneColdChange}: the stride through the list (prime to its size), the position, the direction. */
    private int coldStride;
    private int coldNext;
    private long coldChanges;
    private boolean coldOrdering = true;

    @Setup(Level.Trial)
    public void setUp() {
        list = LiveWorkload.customers(customers);
        engine = ColumnarSegmenter.of(BenchSegments.segmenter(1));
        table = engine.table(list);
        live = LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL).asOf(BenchSegments.AS_OF)
                .build(list);
        live.subscribe(event -> events.incrementAndGet());
        coldStride = 7919;
        while (BigInteger.valueOf(coldStride).gcd(BigInteger.valueOf(list.size())).intValue() != 1) {
            coldStride++;
        }
        LongLivedData.settle();
    }

    @TearDown(Level.Trial)
    public void stop() {
        live.close();
    }

    /** Every segment of every customer, from scratch on the columnar table: the baseline. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RoaringSegmentationResult fullResegmentation() {
        return engine.segment(table);
    }

    /** One customer upserted and re-evaluated, with its events queued for the listener. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LiveSegmentation<BenchCustomer> oneChange() {
        BenchCustomer customer = list.get(next);
        if (!ordered) {
            customer = orderedToday(customer);
        } else {
            next = (next + 7919) % list.size();
        }
        ordered = !ordered;
        live.upsert(customer);
        return live;
    }

    /**
     * One customer changed, each time a different one: the customers in a fixed stride through the list, every one
     * once per pass, so that no change finds the previous ones' data in a cache. The first pass makes each customer
     * one that ordered today, the next restores it, and so on. ({@link #oneChange} alternates a change of one
     * customer and its revert, and the revert finds that customer's data in cache: half its samples are reverts.)
     */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LiveSegmentation<BenchCustomer> oneColdChange() {
        live.upsert(nextColdChange());
        return live;
    }

    /**
     * The changes of {@link #oneColdChange} (the same stride: the live structure's data for each customer cold), each
     * customer handed over as new objects made just before the call and not timed ({@link NewCustomerObject}), as a
     * CRM makes them from the message or row that brought the change. {@link #oneColdChange} passes the list's own
     * objects, whose dates, tag set and record the machine has not read lately; the difference between the two is
     * the cost of reading such an object, the rest is the live structure's own.
     */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LiveSegmentation<BenchCustomer> oneColdChangeOfNewObject(NewCustomerObject change) {
        live.upsert(change.customer);
        return live;
    }

    /** The next change of the cold stride: every customer once per pass, ordered today, then restored. */
    BenchCustomer nextColdChange() {
        coldNext = (int) ((coldNext + (long) coldStride) % list.size());
        BenchCustomer customer = list.get(coldNext);
        BenchCustomer changed = coldOrdering ? orderedToday(customer) : customer;
        if (++coldChanges % list.size() == 0) {
            coldOrdering = !coldOrdering;   // a pass has visited every customer once
        }
        return changed;
    }

    /** The next cold change as new objects, made before each call of {@link #oneColdChangeOfNewObject}. */
    @State(Scope.Thread)
    public static class NewCustomerObject {
        BenchCustomer customer;

        @Setup(Level.Invocation)
        public void make(LiveSegmentationBenchmark benchmark) {
            customer = newObjects(benchmark.nextColdChange());
        }
    }

    /**
     * A copy of {@code c} in new objects (the record, its dates, its instant, its tag set), as a deserialiser makes
     * them; the strings' characters and the boxed small numbers are shared, as they are with interned vocabularies.
     */
    public static BenchCustomer newObjects(BenchCustomer c) {
        return c.withDatesAndInterests(
                c.lastOrder() == null ? null : LocalDate.ofEpochDay(c.lastOrder().toEpochDay()),
                c.signup() == null ? null : LocalDate.ofEpochDay(c.signup().toEpochDay()),
                c.lastLogin() == null ? null : Instant.ofEpochSecond(c.lastLogin().getEpochSecond(),
                        c.lastLogin().getNano()),
                c.interests() == null ? null : new HashSet<>(c.interests()));
    }

    /**
     * {@link #oneChange}, then a snapshot of the result: what a CRM that reads after each write pays (the snapshot
     * copies what the change touched).
     */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LiveSnapshot oneChangeThenSnapshot() {
        oneChange();
        return live.snapshot();
    }

    /** One writer thread's customers: every {@code threads}-th, from its own start, so that writers never collide. */
    @State(Scope.Thread)
    public static class Writer {
        private static final AtomicInteger THREADS = new AtomicInteger();
        private final int start = THREADS.getAndIncrement() * 7919;
        private int next = -1;
        private boolean ordered;

        /** Alternately a customer that ordered today and the same customer as it was, then the next customer. */
        BenchCustomer next(List<BenchCustomer> list) {
            if (next < 0) {
                next = start % list.size();
            }
            BenchCustomer customer = list.get(next);
            if (!ordered) {
                customer = orderedToday(customer);
            } else {
                next = (next + 4 * 7919) % list.size();
            }
            ordered = !ordered;
            return customer;
        }
    }

    /** Changes per unit of time with one writer thread. */
    @Benchmark
    @Threads(1)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void writers1(Writer writer) {
        live.upsert(writer.next(list));
    }

    /** Changes per unit of time with two writer threads (the changes are applied one at a time). */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void writers2(Writer writer) {
        live.upsert(writer.next(list));
    }

    /** Changes per unit of time with four writer threads. */
    @Benchmark
    @Threads(4)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void writers4(Writer writer) {
        live.upsert(writer.next(list));
    }

    /** Two writers of the group {@code readWhileWriting}. */
    @Benchmark
    @Group("readWhileWriting")
    @GroupThreads(2)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void writer(Writer writer) {
        live.upsert(writer.next(list));
    }

    /** A reader's count of one segment from a fresh snapshot, while the writers run. */
    @Benchmark
    @Group("readWhileWriting")
    @GroupThreads(1)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int readCount() {
        return live.snapshot().count("recent_buyers");
    }

    /** A reader's look-up of one customer's segments from a fresh snapshot, while the writers run. */
    @Benchmark
    @Group("readWhileWriting")
    @GroupThreads(1)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Set<String> readSegmentsOf(Writer reader) {
        return live.snapshot().segmentsOf(reader.next(list).id());
    }

    /** The events sent since the live segmentation was built. */
    public long events() {
        return events.get();
    }

    /** The live segmentation, for the benchmark's test. */
    public LiveSegmentation<BenchCustomer> live() {
        return live;
    }

    static BenchCustomer orderedToday(BenchCustomer c) {
        return c.withDatesAndInterests(BenchSegments.AS_OF, c.signup(), c.lastLogin(), c.interests());
    }
}
