package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.api.criteria.Criteria.not;
import static io.github.segmentkit.testing.SegmentAssertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.conformance.GenerativeConformanceSuite;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The javadoc examples of segmentation-testing's assertions and generative suite, compiled and run. */
class AssertionSnippetsTest {
    record Shopper(long id, long spend, LocalDate lastOrder) {}

    private static final LongAttribute SPEND = Attribute.ofLong("spend");
    private static final DateAttribute LAST_ORDER = Attribute.ofDate("last_order");
    private final CustomerSchema<Shopper> schema = CustomerSchema.builder(Shopper::id)
            .numeric(SPEND, Shopper::spend)
            .date(LAST_ORDER, Shopper::lastOrder)
            .build();

    @Test
    void should_assert_a_result_as_the_entry_point_shows() {
        LocalDate asOfDate = LocalDate.of(2024, 3, 31);
        // vip: spend of at least 1,000 (customers 1, 2, 7); lapsed: no order since 2023-03-31 (customer 42)
        Segmenter<Shopper> segmenter = Segmenter.builder(schema)
                .add(Segment.named("vip").where(SPEND.ge(1_000)))
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
                .asOf(asOfDate)
                .build();
        List<Shopper> customers = List.of(
                new Shopper(1, 1_500, LocalDate.of(2024, 3, 1)),
                new Shopper(2, 2_000, LocalDate.of(2024, 1, 1)),
                new Shopper(7, 1_000, LocalDate.of(2024, 2, 2)),
                new Shopper(42, 10, LocalDate.of(2022, 1, 1)),
                new Shopper(43, 999, LocalDate.of(2024, 3, 30)));
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/SegmentAssertions.java
        SegmentationResult result = segmenter.segment(customers);
        assertThat(result)
                .hasCount("vip", 3)
                .hasMembers("vip", 1L, 2L, 7L)
                .customerIsIn(42L, "lapsed")
                .agreesWith(ReferenceEvaluator.of(schema, segmenter.segments(), AsOf.date(asOfDate)), customers);
    }

    @Test
    void should_chain_assertions_on_an_exclusive_segmentation() {
        Segmenter<Shopper> segmenter = Segmenter.builder(schema)
                .add(Segment.named("vip").where(SPEND.ge(1_000)))
                .add(Segment.named("others").where(not(SPEND.ge(1_000))))
                .build();
        LocalDate day = LocalDate.of(2024, 3, 1);
        SegmentationResult result = segmenter.segment(List.of(new Shopper(1, 1_500, day),
                new Shopper(2, 2_000, day), new Shopper(3, 10, day), new Shopper(4, 20, day), new Shopper(5, 30, day)));
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/SegmentationResultAssert.java
        assertThat(result)
                .hasCustomerCount(5)
                .hasMembers("vip", 1L, 2L)
                .customerIsNotIn(3L, "vip")
                .countsAddUpTo(5);
    }

    @Test
    void should_plug_an_engine_into_the_generative_suite_as_its_javadoc_shows() {
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/conformance/GenerativeConformanceSuite.java
        class MyEngineGenerativeTest extends GenerativeConformanceSuite {
            @Override
            protected <T> Segmenter<T> segmenterFor(SegmenterDefinition<T> definition, int chunkRows) {
                return new MyEngineProvider().create(definition);
            }
        }

        // a local class, so the 1,800 generated tries run for the real engines only (core's ColumnarDifferentialTest)
        SegmenterDefinition<Shopper> definition = new SegmenterDefinition<>(schema,
                List.of(Segment.named("vip").where(SPEND.ge(1_000))), null, 1);
        Assertions.assertThat(new MyEngineGenerativeTest().segmenterFor(definition, 64).segments())
                .isEqualTo(definition.segments());
    }
}
