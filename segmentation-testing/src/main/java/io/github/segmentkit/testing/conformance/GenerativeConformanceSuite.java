package io.github.segmentkit.testing.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generative conformance suite: an engine against the {@link ReferenceEvaluator} on random customers (missing
 * values, NaN, infinities, {@code Long.MIN_VALUE}, empty and Urdu/Telugu strings, duplicate tags, poles and the
 * antimeridian), on random schemas, and on random segments up to depth 6 referring to each other, at table sizes
 * around the engine's chunk boundaries and with several thread counts. Every segment must have exactly the
 * reference's members, counts and unsegmented customers, and {@code segmentsOf} must agree customer by customer.
 * It is the random half of {@link SegmenterConformanceSuite}, whose members are worked out by hand.
 *
 * <p>An engine runs it by extending it with one factory method (jqwik runs the inherited properties):
 *
 * <pre>{@code
 * class MyEngineGenerativeTest extends GenerativeConformanceSuite {
 *     @Override
 *     protected <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows) {
 *         return new MyEngineProvider().create(definition);
 *     }
 * }
 * }</pre>
 *
 * <p>The numbers of tries are fixed, so every engine meets the same bar; the chunk sizes, table sizes and thread
 * counts can be overridden. Each property builds a fresh segmenter per try, so a factory that is slow to start
 * (a database, a Spark session) should share its connection across tries.
 */
public abstract class GenerativeConformanceSuite {
    /** For engine test classes. */
    protected GenerativeConformanceSuite() {
    }

    /**
     * The engine under test for {@code definition}. The definition is valid (the generators only make segments a
     * {@link io.github.segmentkit.api.SegmenterBuilder} accepts) and is evaluated as of {@link TestCustomers#AS_OF}.
     *
     * @param definition the schema, segments, as-of clock and number of threads
     * @param chunkRows  one of {@link #chunkSizes()}: how many rows the engine should process as one block (a
     *                   chunk, a batch, a partition); engines without blocks ignore it
     */
    protected abstract <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows);

    /** The block sizes to try; 64 and 128 rows by default, so that small tables already span several blocks. */
    protected List<Integer> chunkSizes() {
        return List.of(64, 128);
    }

    /** The numbers of customers to segment: by default {@link #sizesAround} the first of {@link #chunkSizes()}. */
    protected List<Integer> tableSizes() {
        return sizesAround(chunkSizes().get(0));
    }

    /** The thread counts to try ({@link SegmenterDefinition#parallelism()}); 1 and 3 by default. */
    protected List<Integer> parallelisms() {
        return List.of(1, 3);
    }

    /**
     * The member count of every segment, in declaration order, by the engine's own way of counting; by default
     * read from {@link Segmenter#segment}. Engines with a separate counting path (counts only, without members)
     * override this so that the path is compared with the reference too.
     */
    protected <T> int[] counts(Segmenter<T> segmenter, List<T> customers) {
        SegmentationResult result = segmenter.segment(customers);
        return segmenter.segments().stream().mapToInt(s -> result.count(s.name())).toArray();
    }

    /**
     * The segments of each customer, in declaration order, by the engine's one-customer path; by default
     * {@link Segmenter#segmentsOf} for each in turn. An engine for which one evaluation costs a job (a database
     * query, a Spark job) may answer all customers in one evaluation instead, as long as each customer's answer is
     * still computed for that customer alone.
     */
    protected <T> List<Set<String>> segmentsOfEach(Segmenter<T> segmenter, List<T> customers) {
        List<Set<String>> segments = new ArrayList<>(customers.size());
        for (T customer : customers) {
            segments.add(segmenter.segmentsOf(customer));
        }
        return segments;
    }

    /**
     * An instant as the engine stores it; by default unchanged. An engine whose timestamps are coarser than Java's
     * nanoseconds (Spark's and most databases' are microseconds) truncates it here, and the random-schema property
     * then gives the engine and the reference the same stored values, while criteria keep their nanosecond
     * constants (the engine must still compare those exactly).
     */
    protected Instant storedInstant(Instant instant) {
        return instant;
    }

    private GenericCustomer stored(long id, GenericCustomer customer) {
        Object[] values = customer.values().clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Instant instant) {
                values[i] = storedInstant(instant);
            }
        }
        return new GenericCustomer(id, values);
    }

    /**
     * Empty, one row, and a block of {@code chunkRows} rows, two blocks and several, each exactly and one row short
     * or over: 0, 1, c−1, c, c+1, 2c−1, 2c, 2c+1 and 5c+17.
     */
    protected static List<Integer> sizesAround(int chunkRows) {
        int c = chunkRows;
        return List.of(0, 1, c - 1, c, c + 1, 2 * c - 1, 2 * c, 2 * c + 1, 5 * c + 17);
    }

    /** A definition of {@code segments} over {@code schema} as of {@link TestCustomers#AS_OF}. */
    protected static <T> SegmenterDefinition<T> definition(CustomerSchema<T> schema, List<Segment> segments,
            int parallelism) {
        return new SegmenterDefinition<>(schema, segments, Clock.fixed(TestCustomers.AS_OF.instant(),
                ZoneOffset.UTC), parallelism);
    }

    /** {@code size} customers taken from the pool in turn, with ids 0, 1, … so that rows can be told apart. */
    protected static List<TestCustomer> cycle(List<TestCustomer> pool, int size) {
        List<TestCustomer> customers = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            TestCustomer c = pool.get(i % pool.size());
            customers.add(new TestCustomer(i, c.age(), c.income(), c.country(), c.optedIn(), c.lastOrder(),
                    c.lastLogin(), c.interests(), c.home()));
        }
        return customers;
    }

    @Provide
    Arbitrary<List<TestCustomer>> pools() {
        return Generators.customers().list().ofMinSize(1).ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(6, 6);
    }

    @Provide("sizes")
    Arbitrary<Integer> anySize() {
        return Arbitraries.of(tableSizes());
    }

    @Provide("parallelisms")
    Arbitrary<Integer> anyParallelism() {
        return Arbitraries.of(parallelisms());
    }

    @Provide("chunkSizes")
    Arbitrary<Integer> anyChunkSize() {
        return Arbitraries.of(chunkSizes());
    }

    @Property(tries = 600)
    void should_find_the_reference_members(@ForAll("pools") List<TestCustomer> pool,
            @ForAll("segments") List<Segment> segments, @ForAll("sizes") int size,
            @ForAll("parallelisms") int parallelism, @ForAll("chunkSizes") int chunkRows) {
        List<TestCustomer> customers = cycle(pool, size);
        Segmenter<TestCustomer> engine = segmenterFor(definition(TestCustomers.SCHEMA, segments, parallelism),
                chunkRows);
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(customers);

        SegmentationResult actual = engine.segment(customers);
        int[] counts = counts(engine, customers);

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
    void should_find_the_reference_segments_of_each_customer(@ForAll("pools") List<TestCustomer> customers,
            @ForAll("segments") List<Segment> segments) {
        Segmenter<TestCustomer> engine = segmenterFor(definition(TestCustomers.SCHEMA, segments, 1),
                chunkSizes().get(0));
        ReferenceEvaluator<TestCustomer> reference = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments,
                TestCustomers.AS_OF);

        List<Set<String>> actual = segmentsOfEach(engine, customers);
        for (int i = 0; i < customers.size(); i++) {
            assertThat(actual.get(i)).containsExactlyElementsOf(reference.segmentsOf(customers.get(i)));
        }
    }

    @Provide
    Arbitrary<List<TestCustomer>> customersAsGenerated() {
        return Generators.customers().list().ofMaxSize(150);
    }

    @Provide
    Arbitrary<List<Segment>> shallowSegments() {
        return Generators.segments(5, 4);
    }

    /** Customers as generated: any number from none, with random ids that may repeat. */
    @Property(tries = 400)
    void should_agree_with_the_reference_on_customers_as_generated(
            @ForAll("customersAsGenerated") List<TestCustomer> customers,
            @ForAll("shallowSegments") List<Segment> segments) {
        Segmenter<TestCustomer> segmenter = segmenterFor(definition(TestCustomers.SCHEMA, segments,
                Collections.max(parallelisms())), chunkSizes().get(0));
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(customers);

        SegmentationResult actual = segmenter.segment(customers);

        assertThat(actual.customerCount()).isEqualTo(customers.size());
        for (Segment segment : segments) {
            assertThat(actual.memberIds(segment.name())).as(segment.toString())
                    .containsExactly(expected.memberIds(segment.name()));
        }
        assertThat(actual.unsegmentedIds()).containsExactly(expected.unsegmentedIds());
        List<Set<String>> segmentsOf = segmentsOfEach(segmenter, customers);
        for (int row = 0; row < customers.size(); row++) {
            assertThat(segmentsOf.get(row)).as("segmentsOf row %d", row)
                    .containsExactlyElementsOf(expected.segmentsOfRow(row));
        }
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
            customers.add(stored(i, scenario.customers().get(i % scenario.customers().size())));
        }
        Segmenter<GenericCustomer> engine = segmenterFor(definition(schema, scenario.segments(), parallelism),
                chunkRows);
        ReferenceEvaluator<GenericCustomer> reference = ReferenceEvaluator.of(schema, scenario.segments(),
                TestCustomers.AS_OF);
        ReferenceResult expected = reference.segment(customers);

        SegmentationResult actual = engine.segment(customers);

        for (Segment segment : scenario.segments()) {
            assertThat(actual.memberIds(segment.name())).as("members of %s", segment)
                    .containsExactly(expected.memberIds(segment.name()));
        }
        List<GenericCustomer> each = scenario.customers().stream().map(c -> stored(c.id(), c)).toList();
        List<Set<String>> segmentsOf = segmentsOfEach(engine, each);
        for (int i = 0; i < each.size(); i++) {
            assertThat(segmentsOf.get(i)).as("segmentsOf %s", each.get(i))
                    .containsExactlyElementsOf(reference.segmentsOf(each.get(i)));
        }
    }
}
