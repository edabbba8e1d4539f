package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The columnar engine against the {@link ReferenceEvaluator} on random customers (missing values, NaN, infinities,
 * {@code Long.MIN_VALUE}, empty and Urdu/Telugu strings, duplicate tags, poles and the antimeridian) and random
 * segments up to depth 6 referring to each other, at table sizes around chunk and word boundaries, with 1 and 3
 * threads: every segment must have exactly the reference's members, counts and unsegmented customers, and
 * {@code classify} must agree row by row.
 */
class ColumnarDifferentialTest {
    private static final int CHUNK_ROWS = 64;
    private static ExecutorService threads;

    @BeforeContainer
    static void startThreads() {
        threads = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "differential-test-helper");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterContainer
    static void stopThreads() {
        threads.shutdownNow();
    }

    @Provide
    Arbitrary<List<TestCustomer>> pools() {
        return Generators.customers().list().ofMinSize(1).ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(6, 6);
    }

    @Provide
    Arbitrary<Integer> sizes() {
        // around word and chunk boundaries, several chunks, and empty
        return Arbitraries.of(0, 1, 63, 64, 65, 2 * CHUNK_ROWS - 1, 2 * CHUNK_ROWS, 2 * CHUNK_ROWS + 1,
                5 * CHUNK_ROWS + 17);
    }

    @Property(tries = 600)
    void should_find_the_reference_members(@ForAll("pools") List<TestCustomer> pool,
            @ForAll("segments") List<Segment> segments, @ForAll("sizes") int size,
            @ForAll("parallelisms") int parallelism, @ForAll("chunkSizes") int chunkRows) {
        List<TestCustomer> customers = cycle(pool, size);
        ColumnarSegmenter<TestCustomer> engine = engine(segments, parallelism, chunkRows);
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(customers);

        RoaringSegmentationResult actual = engine.segment(customers);
        int[] counts = engine.counts(engine.table(customers));

        assertThat(actual.customerCount()).isEqualTo(customers.size());
        for (int s = 0; s < segments.size(); s++) {
            String name = segments.get(s).name();
            assertThat(actual.memberIds(name)).as("members of %s = %s", name, segments.get(s).criterion())
                    .containsExactly(expected.memberIds(name));
            assertThat(counts[s]).as("count of %s", name).isEqualTo(expected.count(name));
        }
        assertThat(actual.unsegmentedIds()).containsExactly(expected.unsegmentedIds());
    }

    @Property(tries = 250)
    void should_classify_like_the_reference(@ForAll("pools") List<TestCustomer> customers,
            @ForAll("segments") List<Segment> segments) {
        ColumnarSegmenter<TestCustomer> engine = engine(segments, 1, CHUNK_ROWS);
        ReferenceEvaluator<TestCustomer> reference = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments,
                TestCustomers.AS_OF);

        for (TestCustomer customer : customers) {
            assertThat(engine.segmentsOf(customer)).containsExactlyElementsOf(reference.segmentsOf(customer));
        }
    }

    @Property(tries = 150)
    void should_segment_appended_and_replaced_tables_like_fresh_ones(@ForAll("pools") List<TestCustomer> first,
            @ForAll("pools") List<TestCustomer> second, @ForAll("segments") List<Segment> segments,
            @ForAll("sizes") int size) {
        List<TestCustomer> head = cycle(first, size);
        List<TestCustomer> tail = cycle(second, size / 2 + 1);
        ColumnarSegmenter<TestCustomer> engine = engine(segments, 2, CHUNK_ROWS);
        CustomerTable<TestCustomer> appended = engine.table(head).withAppended(tail);
        List<TestCustomer> all = new ArrayList<>(head);
        all.addAll(tail);
        int replacedRow = all.size() / 3;
        CustomerTable<TestCustomer> replaced = appended.withReplaced(replacedRow, second.get(0));
        all.set(replacedRow, second.get(0));

        RoaringSegmentationResult actual = engine.segment(replaced);
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(all);

        for (Segment segment : segments) {
            assertThat(actual.memberIds(segment.name())).containsExactly(expected.memberIds(segment.name()));
        }
    }

    @Provide
    Arbitrary<Integer> parallelisms() {
        return Arbitraries.of(1, 3);
    }

    @Provide
    Arbitrary<Integer> chunkSizes() {
        return Arbitraries.of(CHUNK_ROWS, 2 * CHUNK_ROWS);
    }

    private static ColumnarSegmenter<TestCustomer> engine(List<Segment> segments, int parallelism, int chunkRows) {
        return engine(TestCustomers.SCHEMA, segments, parallelism, chunkRows);
    }

    private static <T> ColumnarSegmenter<T> engine(CustomerSchema<T> schema, List<Segment> segments, int parallelism,
            int chunkRows) {
        assertThat(DefinitionValidator.validate(schema.attributes(), segments, true)).isEmpty();
        SegmenterDefinition<T> definition = new SegmenterDefinition<>(schema, segments,
                Clock.fixed(TestCustomers.AS_OF.instant(), ZoneOffset.UTC), parallelism);
        return new ColumnarSegmenter<>(definition, chunkRows, threads);
    }

    @Provide
    Arbitrary<RandomSchemas.Scenario> scenarios() {
        return RandomSchemas.scenarios(60, 5, 6).filter(s -> !s.customers().isEmpty());
    }

    @Property(tries = 400)
    void should_find_the_reference_members_on_random_schemas(@ForAll("scenarios") RandomSchemas.Scenario scenario,
            @ForAll("sizes") int size, @ForAll("parallelisms") int parallelism, @ForAll("chunkSizes") int chunkRows) {
        CustomerSchema<GenericCustomer> schema = scenario.schema().schema();
        List<GenericCustomer> customers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            customers.add(new GenericCustomer(i, scenario.customers().get(i % scenario.customers().size()).values()));
        }
        ColumnarSegmenter<GenericCustomer> engine = engine(schema, scenario.segments(), parallelism, chunkRows);
        ReferenceEvaluator<GenericCustomer> reference = ReferenceEvaluator.of(schema, scenario.segments(),
                TestCustomers.AS_OF);
        ReferenceResult expected = reference.segment(customers);

        RoaringSegmentationResult actual = engine.segment(customers);

        for (Segment segment : scenario.segments()) {
            assertThat(actual.memberIds(segment.name())).as("members of %s", segment)
                    .containsExactly(expected.memberIds(segment.name()));
        }
        for (GenericCustomer customer : scenario.customers()) {
            assertThat(engine.segmentsOf(customer)).containsExactlyElementsOf(reference.segmentsOf(customer));
        }
    }

    /** {@code size} customers taken from the pool in turn, with distinct ids so that rows can be told apart. */
    static List<TestCustomer> cycle(List<TestCustomer> pool, int size) {
        List<TestCustomer> customers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            TestCustomer c = pool.get(i % pool.size());
            customers.add(new TestCustomer(i, c.age(), c.income(), c.country(), c.optedIn(), c.lastOrder(),
                    c.lastLogin(), c.interests(), c.home()));
        }
        return customers;
    }
}
