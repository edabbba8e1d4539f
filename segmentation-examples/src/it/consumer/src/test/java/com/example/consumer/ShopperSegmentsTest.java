package com.example.consumer;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.testing.SegmentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.ReferenceEvaluator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's tests of their own segments, with the ReferenceEvaluator and SegmentAssertions. */
class ShopperSegmentsTest {
    record Shopper(long id, Long age, String country, LocalDate lastOrder) {}

    static final LongAttribute AGE = Attribute.ofLong("age");
    static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");
    static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    static final CustomerSchema<Shopper> SCHEMA = CustomerSchema.builder(Shopper::id)
            .nullableNumeric(AGE, Shopper::age)
            .categorical(COUNTRY, Shopper::country)
            .date(LAST_ORDER, Shopper::lastOrder)
            .build();
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    /*
     * adults:  age >= 18 -> 1 (30), 2 (45); 3's age is missing (UNKNOWN), 4 is 16
     * lapsed:  last order before 2023-04-01 (365 days before the as-of date) -> 2, 3; 4 never ordered (UNKNOWN)
     * lapsed-adults-abroad: adults and lapsed and not in the US -> 2
     * Shopper 4 is in no segment; the counts are 2 + 2 + 1 = 5.
     */
    static final List<Segment> SEGMENTS = List.of(
            Segment.named("adults").where(AGE.ge(18)),
            Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)),
            Segment.named("lapsed-adults-abroad")
                    .where(inSegment("adults").and(inSegment("lapsed")).and(COUNTRY.ne("US"))));
    static final List<Shopper> SHOPPERS = List.of(
            new Shopper(1, 30L, "US", LocalDate.of(2024, 3, 1)),
            new Shopper(2, 45L, "CA", LocalDate.of(2022, 1, 1)),
            new Shopper(3, null, "CA", LocalDate.of(2022, 6, 1)),
            new Shopper(4, 16L, "GB", null));

    private final Segmenter<Shopper> segmenter = Segmenter.builder(SCHEMA).addAll(SEGMENTS).asOf(AS_OF).build();
    private final SegmentationResult result = segmenter.segment(SHOPPERS);

    @Test
    void should_put_each_shopper_where_worked_out_by_hand() {
        assertThat(result)
                .hasCustomerCount(4)
                .hasMembers("adults", 1L, 2L)
                .hasMembers("lapsed", 2L, 3L)
                .hasMembers("lapsed-adults-abroad", 2L)
                .customerIsIn(3L, "lapsed")
                .customerIsNotIn(3L, "adults")
                .customerHasSegments(4L)
                .hasUnsegmentedCount(1)
                .countsAddUpTo(5);
    }

    @Test
    void should_agree_with_the_reference_evaluator() {
        assertThat(result).agreesWith(ReferenceEvaluator.of(SCHEMA, SEGMENTS, AsOf.date(AS_OF)), SHOPPERS);
    }

    @Test
    void should_name_the_segment_and_both_counts_when_an_assertion_fails() {
        assertThatThrownBy(() -> assertThat(result).hasCount("adults", 3)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected segment 'adults' to have 3 members but it has 2");
    }
}
