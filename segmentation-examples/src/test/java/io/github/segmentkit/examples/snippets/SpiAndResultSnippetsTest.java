package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.AS_OF;
import static io.github.segmentkit.examples.snippets.Fixtures.COUNTRY;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.INCOME;
import static io.github.segmentkit.examples.snippets.Fixtures.INTERESTS;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.api.internal.Suggestions;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.api.waterfall.Waterfall;
import io.github.segmentkit.api.waterfall.WaterfallResult;
import io.github.segmentkit.api.waterfall.WaterfallStep;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The javadoc examples of packages {@code api.result}, {@code api.spi}, {@code api.internal} and
 * {@code api.waterfall}, compiled and run.
 */
class SpiAndResultSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(SpiAndResultSnippetsTest.class);

    private final CustomerSchema<Customer> schema = SCHEMA;
    private final List<Customer> customers = CUSTOMERS;
    private final List<Segment> segments = List.of(
            Segment.named("outdoor-young").where(AGE.between(25, 34).and(INTERESTS.containsAny("hiking"))),
            Segment.named("champions").where(INCOME.ge(100_000)),
            Segment.named("at_risk").where(LAST_ORDER.beforeDaysAgo(365).or(COUNTRY.eq("US"))),
            Segment.named("new").where(AGE.lt(50L)));
    private final Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).asOf(AS_OF).build();

    @Test
    void should_answer_per_segment_and_per_customer() {
        List<Customer> customers = List.of(new Customer(42, 29, 120_000.0, "US", Set.of("hiking"), 0, 0,
                LocalDate.of(2024, 3, 1), null, null));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/result/SegmentationResult.java
        SegmentationResult result = segmenter.segment(customers);
        int young = result.count("outdoor-young");
        long[] ids = result.memberIds("outdoor-young");
        Set<String> segments = result.segmentsOfId(42L);
        boolean vip = result.isMemberById("outdoor-young", 42L);

        assertThat(young).isEqualTo(1);
        assertThat(ids).containsExactly(42L);
        assertThat(segments).containsExactly("outdoor-young", "champions", "at_risk", "new");
        assertThat(vip).isTrue();
    }

    @Test
    void should_hand_an_engine_a_validated_definition() {
        Clock clock = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/spi/SegmenterDefinition.java
        SegmenterDefinition<Customer> d = new SegmenterDefinition<>(schema, segments, clock, 2);

        assertThat(d.asOf().date()).isEqualTo(AS_OF);
    }

    @Test
    void should_report_problems_without_throwing() {
        List<Segment> segments = List.of(Segment.named("odd").where(AGE.between(10, 5)));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/internal/DefinitionValidator.java
        List<Problem> problems = DefinitionValidator.validate(schema.attributes(), segments, true);

        assertThat(problems).singleElement().extracting(Problem::segment, Problem::attribute)
                .containsExactly("odd", "age");
    }

    @Test
    void should_suggest_the_closest_name() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/internal/Suggestions.java
        Suggestions.closest("agee", List.of("age", "income"));   // Optional["age"]

        assertThat(Suggestions.closest("agee", List.of("age", "income"))).isEqualTo(Optional.of("age"));
    }

    @Test
    void should_put_every_customer_in_exactly_one_bucket() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/waterfall/Waterfall.java
        Waterfall waterfall = Waterfall.of(List.of("champions", "at_risk", "new"), "everyone_else");
        WaterfallResult buckets = waterfall.assign(segmenter.segment(customers));
        buckets.count("at_risk");       // at-risk customers who are not champions
        buckets.steps();                // per step: matched, already taken, assigned

        // customer 1 is a champion (and at risk: US); 3 is at risk only; 2 is new only
        assertThat(buckets.count("at_risk")).isEqualTo(1);
        assertThat(buckets.memberIds("at_risk")).containsExactly(3L);
        assertThat(buckets.steps()).contains(new WaterfallStep("at_risk", 2, 1, 1));


        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/waterfall/WaterfallStep.java
        for (WaterfallStep step : buckets.steps()) {
            log.info("{}: matched {}, already taken {}, assigned {}", step.name(), step.matched(), step.alreadyTaken(),
                    step.assigned());
        }
        assertThat(buckets.steps()).extracting(WaterfallStep::name)
                .containsExactly("champions", "at_risk", "new", "everyone_else");
    }

    @Test
    void should_answer_per_row_and_per_bucket() {
        Waterfall waterfall = Waterfall.of(List.of("champions", "at_risk", "new"), "everyone_else");
        SegmentationResult result = segmenter.segment(customers);
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/waterfall/WaterfallResult.java
        WaterfallResult buckets = waterfall.assign(result);
        String mine = buckets.bucketOfRow(0);
        int rest = buckets.count(waterfall.defaultBucket());

        assertThat(mine).isEqualTo("champions");
        assertThat(rest).isZero();
    }

    @Test
    void should_assign_the_rest_to_the_default_bucket() {
        SegmentationResult result = segmenter.segment(customers);
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/waterfall/package-info.java
        WaterfallResult buckets = Waterfall.of(List.of("champions", "at_risk"), "everyone_else").assign(result);

        assertThat(buckets.memberIds("everyone_else")).containsExactly(2L);
    }
}
