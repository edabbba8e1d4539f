package io.github.segmentkit.live;

import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_LOGIN;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static io.github.segmentkit.testing.generators.TestCustomers.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.TestCustomer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Writers, readers and a clock at once. Each writer owns the ids congruent to its number (so the final data are
 * known without knowing how the writers interleaved) and upserts, updates and deletes at random; a clock thread
 * advances the as-of time by random hours; readers check that every snapshot is whole ("adults" and "minors"
 * partition the customers, since every age is known: a half-applied change would put someone in both or neither)
 * and that sequence numbers never go back. At the end the members must equal the {@link ReferenceEvaluator} on the
 * final data as of the final time, and replaying the events on the first members must give the last ones.
 *
 * <p>Runs once by default; {@code -Dsegmentkit.live.stressRepetitions=20} (the {@code stress} profile) runs it 20
 * times.
 */
class LiveStressTest {
    private static final int WRITERS = 4;
    private static final int READERS = 2;
    private static final int IDS = 4_000;
    private static final int CHANGES_PER_WRITER = 6_000;
    private static final LocalDate START = LocalDate.of(2024, 3, 31);
    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18)),
            Segment.named("minors").where(AGE.lt(18)),
            Segment.named("recent").where(LAST_ORDER.withinDays(30)),
            Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(90).and(COUNTRY.in("CA", "US"))),
            Segment.named("away").where(LAST_LOGIN.beforeDaysAgo(7).or(AGE.between(30, 39))));

    @TestFactory
    Stream<DynamicTest> should_end_equal_to_a_full_recomputation_with_every_event_accounted_for() {
        int repetitions = Integer.getInteger("segmentkit.live.stressRepetitions", 1);
        return IntStream.rangeClosed(1, repetitions).mapToObj(r -> DynamicTest.dynamicTest("run " + r,
                () -> run(r * 7919L)));
    }

    private static TestCustomer randomCustomer(long id, Random random) {
        LocalDate lastOrder = random.nextInt(10) == 0 ? null : START.plusDays(random.nextInt(300) - 200);
        Instant lastLogin = random.nextInt(10) == 0 ? null
                : START.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(random.nextInt(40 * 86_400)
                        - 20 * 86_400L);
        return new TestCustomer(id, (long) random.nextInt(80), Double.NaN,
                List.of("CA", "US", "GB").get(random.nextInt(3)), null, lastOrder, lastLogin, null, null);
    }

    private void run(long seed) throws Exception {
        Random setup = new Random(seed);
        Map<Long, TestCustomer> start = new HashMap<>();
        for (long id = 0; id < IDS; id += 2) {
            start.put(id, randomCustomer(id, setup));
        }
        // clock moves split over three threads from 64 touched customers on, as ten million customers split theirs
        try (LiveSegmentation<TestCustomer> live = LiveSegmentation.builder(SCHEMA).addAll(SEGMENTS).asOf(START)
                .chunkRows(256).splitMoves(64, 3)
                // the delta merged at 500 changes on the common pool while the writers go on
                .deltaLimit(500).backgroundMergeRows(0).build(start.values())) {
            EventRecorder recorder = new EventRecorder();
            Subscription subscription = live.subscribe(recorder);
            LiveSnapshot first = live.snapshot();
            List<Map<Long, TestCustomer>> finals = new ArrayList<>();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Map<Long, TestCustomer> owned = new HashMap<>();
                start.forEach((id, customer) -> {
                    if (id % WRITERS == finals.size()) {
                        owned.put(id, customer);
                    }
                });
                finals.add(owned);
                int writer = w;
                writers.add(thread("writer-" + w, failures, go, () -> write(live, writer, owned,
                        new Random(seed + writer))));
            }
            List<Thread> others = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                others.add(thread("reader-" + r, failures, go, () -> read(live, writing)));
            }
            others.add(thread("clock", failures, go, () -> {
                Random random = new Random(seed - 1);
                while (writing.get()) {
                    live.advanceTo(live.asOf().instant().plusSeconds(random.nextInt(6 * 3600)));
                    Thread.sleep(1);
                }
            }));
            writers.forEach(Thread::start);
            others.forEach(Thread::start);
            go.countDown();
            for (Thread writer : writers) {
                writer.join();
            }
            writing.set(false);
            for (Thread other : others) {
                other.join();
            }
            assertThat(failures).isEmpty();

            LiveSnapshot last = live.snapshot();
            List<TestCustomer> finalData = finals.stream().flatMap(m -> m.values().stream()).toList();
            AsOf asOf = last.asOf();
            assertThat(asOf.instant()).as("the clock moved").isAfter(first.asOf().instant());
            ReferenceResult expected = ReferenceEvaluator.of(SCHEMA, SEGMENTS, asOf).segment(finalData);
            assertThat(last.customerIds()).containsExactly(sorted(finalData.stream().mapToLong(TestCustomer::id)));
            for (Segment segment : SEGMENTS) {
                assertThat(last.memberIds(segment.name())).as(segment.name())
                        .containsExactly(sorted(Arrays.stream(expected.memberIds(segment.name()))));
            }
            assertThat(subscription.awaitDelivered(Duration.ofSeconds(60))).isTrue();
            LiveReplay.checkEvents(first, last, recorder.events());
            assertTableHoldsEverySlotsCustomer(live.population());
        }
    }

    /** Row r of the merged table holds slot r's customer: its id, and its age and country as segments see them. */
    private static void assertTableHoldsEverySlotsCustomer(Population<TestCustomer> population) {
        assertThat(population.merges()).as("merges at the delta's limit").isPositive();
        CustomerTable<TestCustomer> table = population.table();
        List<TestCustomer> slots = population.customers();
        assertThat(table.rowCount()).isEqualTo(slots.size());
        for (int row = 0; row < slots.size(); row++) {
            assertThat(table.customerId(row)).isEqualTo(slots.get(row).id());
        }
        Segmenter<TestCustomer> segmenter = Segmenter.builder(SCHEMA).add(SEGMENTS.get(0)).add(SEGMENTS.get(1))
                .add(Segment.named("canadians").where(COUNTRY.in("CA"))).build();
        RoaringSegmentationResult fromTable = ColumnarSegmenter.of(segmenter).segment(table);
        RoaringSegmentationResult fresh = ColumnarSegmenter.of(segmenter).segment(slots);
        for (String name : List.of("adults", "minors", "canadians")) {
            assertThat(fromTable.memberIds(name)).as(name).containsExactly(fresh.memberIds(name));
        }
    }

    private static long[] sorted(LongStream ids) {
        return ids.sorted().toArray();
    }

    private static void write(LiveSegmentation<TestCustomer> live, int writer, Map<Long, TestCustomer> owned,
            Random random) {
        for (int i = 0; i < CHANGES_PER_WRITER; i++) {
            long id = random.nextInt(IDS / WRITERS) * (long) WRITERS + writer;
            int kind = random.nextInt(10);
            if (kind < 5) {
                TestCustomer customer = randomCustomer(id, random);
                live.upsert(customer);
                owned.put(id, customer);
            } else if (kind < 8 && owned.containsKey(id)) {
                long age = random.nextInt(80);
                TestCustomer before = owned.get(id);
                TestCustomer after = new TestCustomer(id, age, before.income(), before.country(), null,
                        before.lastOrder(), before.lastLogin(), null, null);
                live.update(id, c -> after);
                owned.put(id, after);
            } else {
                assertThat(live.delete(id)).isEqualTo(owned.remove(id) != null);
            }
        }
    }

    private static void read(LiveSegmentation<TestCustomer> live, AtomicBoolean writing) {
        long lastSequence = 0;
        Instant lastAsOf = Instant.MIN;
        while (writing.get()) {
            LiveSnapshot snapshot = live.snapshot();
            assertThat(snapshot.sequence()).isGreaterThanOrEqualTo(lastSequence);
            assertThat(snapshot.asOf().instant()).isAfterOrEqualTo(lastAsOf);
            lastSequence = snapshot.sequence();
            lastAsOf = snapshot.asOf().instant();
            long[] all = snapshot.customerIds();
            long[] adults = snapshot.memberIds("adults");
            long[] minors = snapshot.memberIds("minors");
            assertThat(adults.length + minors.length).as("adults and minors partition the customers")
                    .isEqualTo(all.length).isEqualTo(snapshot.customerCount());
            Set<Long> union = new HashSet<>();
            LongStream.concat(Arrays.stream(adults), Arrays.stream(minors)).forEach(union::add);
            assertThat(union).hasSize(all.length);
            assertThat(snapshot.count("recent")).isEqualTo(snapshot.memberIds("recent").length);
            if (all.length > 0) {
                long someone = all[all.length / 2];
                assertThat(snapshot.segmentsOf(someone)).containsAnyOf("adults", "minors");
            }
        }
    }

    private static Thread thread(String name, ConcurrentLinkedQueue<Throwable> failures, CountDownLatch go,
            Action action) {
        Thread thread = new Thread(() -> {
            try {
                go.await();
                action.run();
            } catch (Throwable e) {   // any failure of a worker fails the test
                failures.add(e);
            }
        }, "stress-" + name);
        thread.setDaemon(true);
        return thread;
    }

    /** A worker's body. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
