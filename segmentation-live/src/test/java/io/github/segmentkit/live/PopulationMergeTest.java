package io.github.segmentkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The population's table merges at the delta's limit run on a pool thread while changes go on; here the pool is one
 * the test runs by hand, so that each step of a merge happens exactly where the test puts it.
 */
class PopulationMergeTest {
    record Person(long id, long age, String city) {
    }

    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute CITY = Attribute.ofCategorical("city");
    private static final List<Segment> SEGMENTS = List.of(Segment.named("adults").where(AGE.ge(18)),
            Segment.named("over-40").where(AGE.ge(40)), Segment.named("under-30").where(AGE.lt(30)),
            Segment.named("lahore").where(CITY.in("Lahore")), Segment.named("hyderabad").where(CITY.in("హైదరాబాద్")));
    private static final int ROWS = 640;   // ten chunks of 64

    /** Keeps the tasks it is handed; the test runs them, on its own thread, when it chooses. */
    private static final class HandRunPool implements Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }
    }

    private final AtomicBoolean extractorDown = new AtomicBoolean();
    private final AtomicLong ageReads = new AtomicLong();
    private final CustomerSchema<Person> schema = CustomerSchema.<Person>builder(Person::id)
            .numeric(AGE, p -> {
                if (extractorDown.get()) {
                    throw new IllegalStateException("the age service is down");
                }
                ageReads.incrementAndGet();
                return p.age();
            })
            .categorical(CITY, Person::city)
            .build();
    private final HandRunPool pool = new HandRunPool();
    private final List<Person> expected = new ArrayList<>();
    private Population<Person> population;

    private void start(int deltaLimit) {
        for (long id = 0; id < ROWS; id++) {
            expected.add(new Person(id, id % 70, List.of("Lahore", "Karachi", "హైదరాబాద్").get((int) (id % 3))));
        }
        population = new Population<>(schema, expected, 64, deltaLimit, 0, pool);
    }

    /** Replaces the customer of {@code slot}, in the population and in the expectation. */
    private void replace(int slot, long age, String city) {
        Person changed = new Person(slot, age, city);
        expected.set(slot, changed);
        population.replace(slot, changed);
    }

    private void append(long age, String city) {
        Person added = new Person(expected.size(), age, city);
        expected.add(added);
        assertThat(population.add(added)).isEqualTo(expected.size() - 1);
    }

    /** Changes one row in each of the first {@code chunks} chunks. */
    private void changeChunks(int chunks) {
        for (int chunk = 0; chunk < chunks; chunk++) {
            replace(chunk * 64 + 5, 17, "Lahore");
        }
    }

    /** The table holds exactly the expected customers, row by row, as a segmentation of them sees it. */
    private void assertTableHoldsTheExpectedCustomers(CustomerTable<Person> table) {
        assertThat(table.rowCount()).isEqualTo(expected.size());
        for (int row = 0; row < expected.size(); row++) {
            assertThat(table.customerId(row)).isEqualTo(expected.get(row).id());
        }
        Segmenter<Person> segmenter = Segmenter.builder(schema).addAll(SEGMENTS).build();
        RoaringSegmentationResult fromTable = ColumnarSegmenter.of(segmenter).segment(table);
        RoaringSegmentationResult fresh = ColumnarSegmenter.of(segmenter).segment(expected);
        for (Segment segment : SEGMENTS) {
            assertThat(fromTable.memberIds(segment.name())).as(segment.name())
                    .containsExactly(fresh.memberIds(segment.name()));
        }
    }

    @Test
    void should_merge_a_full_delta_on_the_pool_while_changes_go_on_into_a_new_delta() {
        start(8);
        changeChunks(8);
        assertThat(population.merging()).as("the limit reached").isTrue();
        assertThat(pool.held).hasSize(1);
        assertThat(population.merges()).isZero();

        replace(300, 50, "Karachi");    // a row not in the copy's delta
        replace(5, 64, "హైదరాబాద్");      // a row in it, changed again
        append(33, "Lahore");          // a slot past the copy
        assertThat(population.merging()).isTrue();
        assertThat(population.deltaSize()).as("8 + 1 rows replaced, 1 appended, against the old table").isEqualTo(10);

        pool.held.get(0).run();         // the pool thread merges
        replace(400, 12, "Lahore");     // the first change after: the merged table takes the old one's place
        assertThat(population.merging()).isFalse();
        assertThat(population.merges()).isEqualTo(1);
        assertThat(population.deltaSize()).as("rows 300, 5 and 400 replaced since the copy, 1 appended").isEqualTo(4);

        assertTableHoldsTheExpectedCustomers(population.table());
        assertThat(population.merges()).isEqualTo(2);
        assertThat(population.deltaSize()).isZero();
    }

    @Test
    void should_run_a_merge_no_pool_thread_has_started_on_the_thread_that_needs_the_table() {
        start(8);
        changeChunks(8);
        replace(200, 90, "Karachi");
        assertThat(population.merging()).isTrue();

        assertTableHoldsTheExpectedCustomers(population.table());
        assertThat(population.merges()).as("the pool's merge, run here, then the change made after its copy")
                .isEqualTo(2);
        long reads = ageReads.get();
        pool.held.get(0).run();         // the pool thread that comes late finds the merge done
        assertThat(ageReads.get()).isEqualTo(reads);
        replace(201, 91, "Lahore");
        assertThat(population.merges()).isEqualTo(2);
        assertTableHoldsTheExpectedCustomers(population.table());
    }

    @Test
    void should_keep_the_whole_delta_and_merge_on_the_writer_once_a_merge_on_the_pool_failed() {
        start(8);
        changeChunks(8);
        extractorDown.set(true);
        pool.held.get(0).run();         // fails on the pool thread, and the exception stays there
        extractorDown.set(false);

        replace(600, 44, "Karachi");    // takes the failure, keeps the delta, still at the limit: merges it here
        assertThat(population.merging()).isFalse();
        assertThat(population.merges()).isEqualTo(1);
        assertThat(population.deltaSize()).isZero();
        assertTableHoldsTheExpectedCustomers(population.table());

        changeChunks(8);                // at the limit again: merged on this thread, not handed to the pool
        assertThat(pool.held).hasSize(1);
        assertThat(population.merges()).isEqualTo(2);
        assertTableHoldsTheExpectedCustomers(population.table());
    }

    @Test
    void should_drop_a_merge_under_way_when_a_refit_builds_the_table_again() {
        start(8);
        changeChunks(8);
        replace(100, 20, "Karachi");
        population.rebuild();
        assertThat(population.merging()).isFalse();
        assertTableHoldsTheExpectedCustomers(population.table());

        pool.held.get(0).run();         // the dropped merge ends unseen
        replace(101, 21, "Lahore");
        assertThat(population.merges()).isZero();
        assertTableHoldsTheExpectedCustomers(population.table());
    }

    @Test
    void should_merge_small_batches_on_the_writer_below_the_background_size() {
        for (long id = 0; id < ROWS; id++) {
            expected.add(new Person(id, id % 70, "Lahore"));
        }
        population = new Population<>(schema, expected, 64, 8, ROWS + 1, pool);
        changeChunks(8);
        assertThat(population.merging()).isFalse();
        assertThat(pool.held).isEmpty();
        assertThat(population.merges()).isEqualTo(1);
        assertTableHoldsTheExpectedCustomers(population.table());
    }
}
