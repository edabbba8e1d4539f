package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.AS_OF;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.INCOME;
import static io.github.segmentkit.examples.snippets.Fixtures.INTERESTS;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.MembershipBuffer;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** The javadoc examples of the public parts of {@code segmentation-core}, compiled and run. */
class CoreSnippetsTest {
    private final CustomerSchema<Customer> schema = SCHEMA;
    private final List<Customer> customers = CUSTOMERS;
    private final Segment outdoorYoung = Segment.named("outdoor-young")
            .where(AGE.between(25, 34).and(INTERESTS.containsAny("hiking", "camping")));
    private final Segment lapsed = Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365));
    private final Segment highIncome = Segment.named("high-income").where(INCOME.ge(100_000));
    private final LocalDate today = AS_OF;
    private final Segmenter<Customer> segmenter = Segmenter.builder(schema).add(outdoorYoung).add(highIncome)
            .asOf(AS_OF).build();

    @Test
    void should_choose_the_core_engine_by_name() {
        Segment segment = highIncome;
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/CoreSegmenterProvider.java
        // chosen explicitly (the default when it is the only engine on the class path):
        Segmenter.builder(schema).engine("core").add(segment).build();

        assertThat(Segmenter.builder(schema).engine("core").add(segment).build()).isInstanceOf(ColumnarSegmenter.class);
    }

    @Test
    void should_segment_a_table_again_and_derive_tables() {
        List<Customer> newCustomers = List.of(
                new Customer(4, 30, null, "CA", Set.of("camping"), 0, 0, null, null, null));
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/CustomerTable.java
        CustomerTable<Customer> table = CustomerTable.of(schema, customers);   // reads every customer once
        ColumnarSegmenter<Customer> segmenter = ColumnarSegmenter.of(Segmenter.builder(schema).add(outdoorYoung).build());
        SegmentationResult today = segmenter.segment(table);

        CustomerTable<Customer> tomorrow = table.withAppended(newCustomers);  // shares every full chunk of table

        assertThat(today.memberIds("outdoor-young")).containsExactly(1L);
        assertThat(segmenter.segment(tomorrow).memberIds("outdoor-young")).containsExactly(1L, 4L);
    }

    @Test
    void should_build_a_table_customer_by_customer() {
        Stream<Customer> loader = customers.stream();
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/CustomerTable.java
        CustomerTable.Builder<Customer> builder = CustomerTable.builder(schema);
        loader.forEach(builder::add);
        CustomerTable<Customer> table = builder.build();

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.customerId(2)).isEqualTo(3L);
    }

    @Test
    void should_merge_a_batch_of_replaced_rows() {
        Customer alice = new Customer(10, 30, null, "CA", Set.of("camping"), 0, 0, null, null, null);
        Customer bob = new Customer(12, 60, null, "FR", Set.of(), 0, 0, null, null, null);
        CustomerTable<Customer> table = CustomerTable.of(schema, customers);
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/CustomerTable.java
        SortedMap<Integer, Customer> changed = new TreeMap<>(Map.of(0, alice, 2, bob));
        CustomerTable<Customer> merged = table.withReplaced(changed);   // rows 0 and 2 share a chunk: one re-encoding

        assertThat(merged.customerId(0)).isEqualTo(10L);
        assertThat(merged.customerId(1)).isEqualTo(table.customerId(1));
        assertThat(merged.customerId(2)).isEqualTo(12L);
        assertThat(table.customerId(0)).as("the original table is unchanged").isEqualTo(customers.get(0).id());
    }

    @Test
    void should_give_the_bytes_of_the_named_columns() {
        CustomerTable<Customer> table = CustomerTable.of(schema, customers);
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/CustomerTable.java
        long bytes = table.memoryBytes(Set.of("age", "country"));

        long age = table.memoryBytes(Set.of("age"));
        long country = table.memoryBytes(List.of("country", "country"));
        assertThat(age).isPositive();
        assertThat(country).isPositive();
        assertThat(bytes).as("each column counted once").isEqualTo(age + country);
        assertThat(bytes).isLessThan(table.memoryBytes());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> table.memoryBytes(Set.of("agee"))).withMessageContaining("'agee'");
    }

    @Test
    void should_append_to_a_table() {
        List<Customer> moreCustomers = List.of(new Customer(4, 30, null, "CA", Set.of(), 0, 0, null, null, null));
        CustomerTable<Customer> table = CustomerTable.of(schema, customers);
        CustomerTable<Customer> next = table.withAppended(moreCustomers);

        assertThat(next.rowCount()).isEqualTo(table.rowCount() + 1);
    }

    @Test
    void should_segment_a_prebuilt_table_as_often_as_needed() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/ColumnarSegmenter.java
        Segmenter<Customer> segmenter = Segmenter.builder(schema).add(outdoorYoung).add(lapsed).asOf(today).build();
        ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
        CustomerTable<Customer> table = engine.table(customers);      // read the customers once
        RoaringSegmentationResult result = engine.segment(table);      // milliseconds, as often as needed
        int[] counts = engine.counts(table);                           // counts only, in declaration order

        assertThat(result.memberIds("lapsed")).containsExactly(3L);
        assertThat(counts).containsExactly(1, 1);
    }

    @Test
    void should_classify_customer_after_customer_into_one_buffer() {
        int[] counts = new int[2];
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/MembershipBuffer.java
        ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
        MembershipBuffer buffer = engine.newMembershipBuffer();       // one per thread
        for (Customer customer : customers) {
            engine.classifyInto(customer, buffer);                     // no allocation
            for (int s = buffer.nextMember(0); s >= 0; s = buffer.nextMember(s + 1)) {
                counts[s]++;                                           // or buffer.contains("lapsed")
            }
        }

        assertThat(counts).containsExactly(engine.counts(engine.table(customers)));
        assertThat(engine.classifyInto(customers.get(0), buffer).toSet()).isEqualTo(segmenter.segmentsOf(customers.get(0)));
    }

    @Test
    void should_find_the_columnar_engine_behind_a_segmenter() {
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/package-info.java
        ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
        RoaringSegmentationResult result = engine.segment(engine.table(customers));

        assertThat(result.count("high-income")).isEqualTo(1);
    }

    @Test
    void should_combine_segments_as_bitmaps() {
        ColumnarSegmenter<Customer> segmenter = ColumnarSegmenter.of(this.segmenter);
        CustomerTable<Customer> table = segmenter.table(customers);
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/RoaringSegmentationResult.java
        RoaringSegmentationResult result = segmenter.segment(table);
        int both = result.intersectionCount("outdoor-young", "high-income");
        RoaringBitmap rows = result.members("outdoor-young");   // a copy, free to modify

        assertThat(both).isEqualTo(1);
        rows.add(2);
        assertThat(result.count("outdoor-young")).isEqualTo(1);
    }

    @Test
    void should_count_an_intersection_without_materialising_it() {
        RoaringSegmentationResult result = ColumnarSegmenter.of(segmenter).segment(customers);
        int both = result.intersectionCount("outdoor-young", "high-income");

        assertThat(both).isEqualTo(1);
    }
}
