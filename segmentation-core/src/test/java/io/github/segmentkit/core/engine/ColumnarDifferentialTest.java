package io.github.segmentkit.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.conformance.GenerativeConformanceSuite;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The columnar engine against the {@link ReferenceEvaluator} with the {@link GenerativeConformanceSuite}, at chunks
 * of 64 and 128 rows (so that small tables span several chunks and 64-bit words) with 1 and 3 threads on a pool of
 * two (at 128 rows, on an executor that never runs its tasks), its counts-only path included; and, particular to this engine, tables grown by appending and replacing rows.
 */
class ColumnarDifferentialTest extends GenerativeConformanceSuite {
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

    /**
     * The suite's sizes and one of 13,000 customers: each of three workers then reads more than the 4,096 customers
     * after which a table build switches to code generated for its schema ({@code core.column.ColumnFill}), so
     * chunks built both ways are checked against the reference.
     */
    @Override
    protected List<Integer> tableSizes() {
        List<Integer> sizes = new ArrayList<>(super.tableSizes());
        sizes.add(13_000);
        return sizes;
    }

    @Override
    protected <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows) {
        return engine(definition, chunkRows);
    }

    /**
     * The allocation-free path, {@code classifyInto}, with one buffer reused for every customer (so that nothing of
     * one customer may leak into the next), checked against the reference by the suite; {@code segmentsOf} must give
     * the same answer customer by customer.
     */
    @Override
    protected <T> List<Set<String>> segmentsOfEach(Segmenter<T> segmenter, List<T> customers) {
        ColumnarSegmenter<T> engine = (ColumnarSegmenter<T>) segmenter;
        MembershipBuffer buffer = engine.newMembershipBuffer();
        List<Set<String>> segments = new ArrayList<>(customers.size());
        for (T customer : customers) {
            Set<String> classified = engine.classifyInto(customer, buffer).toSet();
            assertThat(engine.segmentsOf(customer)).as("segmentsOf %s", customer).containsExactlyElementsOf(classified);
            List<String> byIndex = new ArrayList<>();
            for (int s = buffer.nextMember(0); s >= 0; s = buffer.nextMember(s + 1)) {
                byIndex.add(buffer.segmentNames().get(s));
            }
            assertThat(byIndex).as("nextMember").containsExactlyElementsOf(classified);
            assertThat(buffer.count()).isEqualTo(classified.size());
            segments.add(classified);
        }
        return segments;
    }

    @Override
    protected <T> int[] counts(Segmenter<T> segmenter, List<T> customers) {
        ColumnarSegmenter<T> engine = (ColumnarSegmenter<T>) segmenter;
        return engine.counts(engine.table(customers));
    }

    private static <T> ColumnarSegmenter<T> engine(SegmenterDefinition<T> definition, int chunkRows) {
        // the constructor skips the builder's validation: the generated definitions must pass it
        assertThat(DefinitionValidator.validate(definition.schema().attributes(), definition.segments(), true))
                .isEmpty();
        // at 128 rows a chunk, an executor that never runs its tasks stands for one whose threads are all busy or all
        // waiting for the caller: the caller must then build and segment alone, with the same answers
        Executor executor = chunkRows == 128 ? task -> { } : threads;
        return new ColumnarSegmenter<>(definition, chunkRows, executor);
    }

    @Property(tries = 150)
    void should_segment_appended_and_replaced_tables_like_fresh_ones(@ForAll("pools") List<TestCustomer> first,
            @ForAll("pools") List<TestCustomer> second, @ForAll("segments") List<Segment> segments,
            @ForAll("sizes") int size) {
        List<TestCustomer> head = cycle(first, size);
        List<TestCustomer> tail = cycle(second, size / 2 + 1);
        ColumnarSegmenter<TestCustomer> engine = engine(definition(TestCustomers.SCHEMA, segments, 2),
                chunkSizes().get(0));
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

    /**
     * One segmenter run after run on tables of other sizes and values, so other dictionaries and plans: the working
     * bitmaps each worker keeps from the previous run (of another plan, perhaps with more steps) must not show
     * through.
     */
    @Property(tries = 120)
    void should_give_every_run_of_one_segmenter_the_answer_of_a_fresh_one(@ForAll("pools") List<TestCustomer> first,
            @ForAll("pools") List<TestCustomer> second, @ForAll("segments") List<Segment> segments,
            @ForAll("sizes") int size) {
        List<TestCustomer> big = cycle(first, size + 1);
        List<TestCustomer> small = cycle(second, size / 3 + 1);
        ColumnarSegmenter<TestCustomer> engine = engine(definition(TestCustomers.SCHEMA, segments, 2),
                chunkSizes().get(0));
        ReferenceEvaluator<TestCustomer> reference = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments,
                TestCustomers.AS_OF);
        CustomerTable<TestCustomer> bigTable = engine.table(big);
        CustomerTable<TestCustomer> smallTable = engine.table(small);

        for (List<TestCustomer> customers : List.of(big, small, big, small)) {
            CustomerTable<TestCustomer> table = customers == big ? bigTable : smallTable;
            RoaringSegmentationResult actual = engine.segment(table);
            int[] counts = engine.counts(table);
            ReferenceResult expected = reference.segment(customers);
            for (int s = 0; s < segments.size(); s++) {
                String name = segments.get(s).name();
                assertThat(actual.memberIds(name)).as(name).containsExactly(expected.memberIds(name));
                assertThat(counts[s]).as(name).isEqualTo(expected.count(name));
            }
        }
    }

    /** A batch of replaced rows spread over chunks (several per chunk, the first and last rows included). */
    @Property(tries = 120)
    void should_segment_a_table_with_a_batch_of_rows_replaced_like_a_fresh_one(
            @ForAll("pools") List<TestCustomer> first, @ForAll("pools") List<TestCustomer> second,
            @ForAll("segments") List<Segment> segments, @ForAll("sizes") int size) {
        List<TestCustomer> all = new ArrayList<>(cycle(first, size + 1));
        ColumnarSegmenter<TestCustomer> engine = engine(definition(TestCustomers.SCHEMA, segments, 2),
                chunkSizes().get(0));
        CustomerTable<TestCustomer> table = engine.table(all);
        SortedMap<Integer, TestCustomer> batch = new TreeMap<>();
        for (int row = 0; row < all.size(); row += 1 + row % 7) {
            batch.put(row, second.get(row % second.size()));
        }
        batch.put(all.size() - 1, second.get(0));
        batch.forEach(all::set);

        RoaringSegmentationResult actual = engine.segment(table.withReplaced(batch));
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(all);

        for (Segment segment : segments) {
            assertThat(actual.memberIds(segment.name())).containsExactly(expected.memberIds(segment.name()));
        }
    }
}
