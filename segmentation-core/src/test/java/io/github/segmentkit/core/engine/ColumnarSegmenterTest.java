package io.github.segmentkit.core.engine;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.testing.generators.TestCustomers.AGE;
import static io.github.segmentkit.testing.generators.TestCustomers.COUNTRY;
import static io.github.segmentkit.testing.generators.TestCustomers.LAST_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnarSegmenterTest {
    private static TestCustomer customer(long id, Long age, String country, LocalDate lastOrder) {
        return new TestCustomer(id, age, 1.0, country, true, lastOrder, null, List.of(), null);
    }

    private static final List<TestCustomer> CUSTOMERS = List.of(
            customer(10, 34L, "US", LocalDate.of(2024, 3, 30)),
            customer(11, 17L, "US", null),
            customer(12, 70L, "CA", LocalDate.of(2023, 1, 1)),
            customer(13, null, "US", LocalDate.of(2024, 3, 1)),
            customer(14, 18L, null, LocalDate.of(2024, 3, 31)));

    private static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18L)),
            Segment.named("american").where(COUNTRY.eq("US")),
            Segment.named("american-adults").where(inSegment("adults").and(inSegment("american"))));

    @Test
    void should_segment_a_prebuilt_table_repeatedly_and_after_appending() {
        // the example of ColumnarSegmenter's javadoc
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).addAll(SEGMENTS)
                .asOf(LocalDate.of(2024, 3, 31)).build();
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(segmenter);
        CustomerTable<TestCustomer> table = engine.table(CUSTOMERS);

        RoaringSegmentationResult result = engine.segment(table);
        int[] counts = engine.counts(table);

        assertThat(result.memberIds("adults")).containsExactly(10, 12, 14);
        assertThat(result.memberIds("american")).containsExactly(10, 11, 13);
        assertThat(result.memberIds("american-adults")).containsExactly(10);
        assertThat(counts).containsExactly(3, 3, 1);
        assertThat(result.intersectionCount("adults", "american")).isEqualTo(1);
        assertThat(result.intersection("adults", "american").toArray()).containsExactly(0);
        assertThat(result.unsegmentedIds()).isEmpty();
        assertThat(engine.segment(table).memberIds("adults")).containsExactly(10, 12, 14);

        CustomerTable<TestCustomer> grown = table.withAppended(List.of(customer(15, 40L, "US", null)));
        assertThat(engine.segment(grown).memberIds("american-adults")).containsExactly(10, 15);
        assertThat(engine.segment(table).memberIds("american-adults")).containsExactly(10);
    }

    @Test
    void should_answer_per_customer_lookups_by_row_and_by_id() {
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(Segmenter.builder(TestCustomers.SCHEMA)
                .addAll(SEGMENTS).build());

        SegmentationResult result = engine.segment(CUSTOMERS);

        assertThat(result.segmentsOfId(10)).containsExactly("adults", "american", "american-adults");
        assertThat(result.segmentsOfRow(1)).containsExactly("american");
        assertThat(result.isMemberByRow("adults", 4)).isTrue();
        assertThat(result.customerId(2)).isEqualTo(12);
        assertThat(result.memberRows("american")).toIterable().containsExactly(0, 1, 3);
        assertThatThrownBy(() -> result.segmentsOfId(99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99");
        assertThatThrownBy(() -> result.count("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void should_refuse_id_lookups_for_an_id_held_by_several_rows() {
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(Segmenter.builder(TestCustomers.SCHEMA)
                .addAll(SEGMENTS).build());
        SegmentationResult result = engine.segment(List.of(customer(7, 20L, "US", null),
                customer(7, 10L, "GB", null)));

        assertThat(result.count("adults")).isEqualTo(1);
        assertThatThrownBy(() -> result.segmentsOfId(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several customers have id 7");
    }

    @Test
    void should_read_the_clock_at_each_run_of_the_same_table() {
        MovableClock clock = new MovableClock(Instant.parse("2024-03-31T12:00:00Z"));
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(Segmenter.builder(TestCustomers.SCHEMA)
                .add(Segment.named("recent").where(LAST_ORDER.withinDays(1))).clock(clock).build());
        CustomerTable<TestCustomer> table = engine.table(CUSTOMERS);

        assertThat(engine.segment(table).memberIds("recent")).containsExactly(10, 14);
        clock.now = Instant.parse("2024-04-01T12:00:00Z");
        assertThat(engine.segment(table).memberIds("recent")).containsExactly(14);
    }

    @Test
    void should_classify_one_customer_without_a_table() {
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(Segmenter.builder(TestCustomers.SCHEMA)
                .addAll(SEGMENTS).build());

        Set<String> segments = engine.segmentsOf(CUSTOMERS.get(0));

        assertThat(segments).containsExactly("adults", "american", "american-adults");
        assertThat(segments).contains("american").doesNotContain("nope").hasSize(3);
        assertThat(engine.segmentsOf(CUSTOMERS.get(3))).containsExactly("american");
    }

    @Test
    void should_reject_a_segmenter_of_another_engine_and_a_table_without_the_attributes() {
        Segmenter<TestCustomer> other = new Segmenter<>() {
            @Override
            public CustomerSchema<TestCustomer> schema() {
                return TestCustomers.SCHEMA;
            }

            @Override
            public List<Segment> segments() {
                return List.of();
            }

            @Override
            public SegmentationResult segment(Iterable<? extends TestCustomer> customers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<String> segmentsOf(TestCustomer customer) {
                return Set.of();
            }
        };
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(Segmenter.builder(TestCustomers.SCHEMA)
                .addAll(SEGMENTS).build());
        CustomerSchema<TestCustomer> ageOnly = CustomerSchema.<TestCustomer>builder(TestCustomer::id)
                .nullableNumeric(AGE, TestCustomer::age).build();

        assertThatThrownBy(() -> ColumnarSegmenter.of(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a columnar segmenter");
        assertThatThrownBy(() -> engine.segment(CustomerTable.of(ageOnly, CUSTOMERS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'country'");
    }

    /** A clock whose time the test sets. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void should_agree_with_the_reference_across_several_bitmap_blocks_dense_and_sparse() {
        // 150,000 rows span three Roaring blocks of 65,536: dense segments become bitmap containers, sparse ones
        // sorted arrays, and the partial last block is assembled too
        List<TestCustomer> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 150_000; i++) {
            customers.add(customer(i, i % 97 == 0 ? null : (long) (i % 90), i % 3 == 0 ? "US" : "CA",
                    i % 1000 == 0 ? LocalDate.of(2024, 3, 31) : null));
        }
        List<Segment> segments = List.of(Segment.named("dense").where(AGE.ge(10L)),
                Segment.named("sparse").where(LAST_ORDER.withinDays(0)),
                Segment.named("empty").where(AGE.gt(1_000L)),
                Segment.named("mixed").where(inSegment("sparse").or(COUNTRY.eq("US").and(AGE.lt(5L)))));
        ColumnarSegmenter<TestCustomer> engine = ColumnarSegmenter.of(Segmenter.builder(TestCustomers.SCHEMA)
                .addAll(segments).asOf(LocalDate.of(2024, 3, 31)).parallelism(2).build());
        io.github.segmentkit.testing.ReferenceResult expected = io.github.segmentkit.testing.ReferenceEvaluator
                .of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF).segment(customers);

        RoaringSegmentationResult result = engine.segment(engine.table(customers));

        for (Segment segment : segments) {
            assertThat(result.memberIds(segment.name())).as(segment.name())
                    .containsExactly(expected.memberIds(segment.name()));
        }
        assertThat(result.count("dense")).isGreaterThan(4096 * 3);
        assertThat(result.count("sparse")).isEqualTo(150);
        assertThat(result.unsegmentedIds()).containsExactly(expected.unsegmentedIds());
    }

    @Test
    void should_validate_a_definition_given_to_the_constructor_directly() {
        io.github.segmentkit.api.spi.SegmenterDefinition<TestCustomer> definition =
                new io.github.segmentkit.api.spi.SegmenterDefinition<>(TestCustomers.SCHEMA,
                        List.of(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(30))), null, 1);

        assertThatThrownBy(() -> new ColumnarSegmenter<>(definition))
                .isInstanceOf(io.github.segmentkit.api.DefinitionException.class)
                .hasMessageContaining("needs an as-of date");
    }
}
