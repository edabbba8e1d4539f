package io.github.segmentkit.core.row;

import static io.github.segmentkit.api.criteria.Criteria.and;
import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.api.criteria.Criteria.not;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SegmentPlanTest {
    private static final LongAttribute AGE = Attribute.ofLong("age");
    private static final CategoricalAttribute COUNTRY = Attribute.ofCategorical("country");

    record Person(long id, Integer age, String country) {
    }

    private final AtomicInteger ageReads = new AtomicInteger();
    private final AtomicInteger countryReads = new AtomicInteger();
    private final CustomerSchema<Person> schema = CustomerSchema.<Person>builder(Person::id)
            .nullableNumeric(AGE, p -> {
                ageReads.incrementAndGet();
                return p.age();
            })
            .categorical(COUNTRY, p -> {
                countryReads.incrementAndGet();
                return p.country();
            })
            .build();
    // three segments share age.between(25, 34); two share country = DE
    private final List<Segment> segments = List.of(
            Segment.named("young").where(AGE.between(25, 34)),
            Segment.named("young-de").where(and(AGE.between(25, 34), COUNTRY.in("DE"))),
            Segment.named("young-not-de").where(and(AGE.between(25, 34), not(COUNTRY.in("DE")))),
            Segment.named("both").where(and(inSegment("young-de"), inSegment("young"))));

    @Test
    void should_compile_a_leaf_shared_by_several_segments_once() {
        SegmentPlan<Person> plan = new SegmentPlan<>(schema, segments);

        assertThat(plan.leafCount()).isEqualTo(2);
    }

    @Test
    void should_read_each_attribute_once_per_customer_whatever_the_segments_sharing_it() {
        SegmentPlan<Person> plan = new SegmentPlan<>(schema, segments);
        RowContext context = plan.newContext(AsOf.date(LocalDate.of(2025, 1, 1)));
        long[] bits = new long[plan.words()];

        plan.classifyInto(new Person(1, 30, "DE"), context, bits);

        assertThat(ageReads).hasValue(1);
        assertThat(countryReads).hasValue(1);
        assertThat(bits[0]).isEqualTo(0b1011L);
    }

    @Test
    void should_forget_the_previous_customer_when_the_context_is_reused() {
        SegmentPlan<Person> plan = new SegmentPlan<>(schema, segments);
        RowContext context = plan.newContext(AsOf.date(LocalDate.of(2025, 1, 1)));
        long[] bits = new long[plan.words()];

        plan.classifyInto(new Person(1, 30, "DE"), context, bits);
        plan.classifyInto(new Person(2, null, "FR"), context, bits);
        assertThat(bits[0]).as("a missing age is unknown, and so is every segment that needs it").isZero();

        plan.classifyInto(new Person(3, 30, null), context, bits);
        assertThat(bits[0]).as("only 'young': the country is missing").isEqualTo(0b0001L);
    }
}
