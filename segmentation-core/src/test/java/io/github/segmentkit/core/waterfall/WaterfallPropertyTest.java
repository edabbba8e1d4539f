package io.github.segmentkit.core.waterfall;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.waterfall.Waterfall;
import io.github.segmentkit.api.waterfall.WaterfallResult;
import io.github.segmentkit.api.waterfall.WaterfallStep;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On random customers and segments: every customer lands in exactly one bucket, the counts add up to the input
 * size, each customer's bucket is its first segment in waterfall order by the reference evaluator, and the report
 * is consistent.
 */
class WaterfallPropertyTest {

    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        return Generators.customers().list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(5, 3);
    }

    @Property(tries = 200)
    void should_assign_each_customer_to_exactly_one_bucket(@ForAll("customers") List<TestCustomer> customers,
            @ForAll("segments") List<Segment> segments, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> order = new ArrayList<>(segments.stream().map(Segment::name).toList());
        Collections.shuffle(order, random);
        order = order.subList(0, random.nextInt(order.size() + 1));
        Waterfall waterfall = Waterfall.of(order, "default");
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).asOf(TestCustomers.AS_OF.date())
                .addAll(segments).build();

        WaterfallResult buckets = waterfall.segment(segmenter, customers);

        int total = 0;
        for (String bucket : buckets.bucketNames()) {
            total += buckets.count(bucket);
        }
        assertThat(total).isEqualTo(customers.size());
        assertThat(buckets.steps().stream().mapToInt(WaterfallStep::assigned).sum()).isEqualTo(customers.size());
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(customers);
        for (int row = 0; row < customers.size(); row++) {
            Set<String> memberships = expected.segmentsOfRow(row);
            String first = order.stream().filter(memberships::contains).findFirst().orElse("default");
            assertThat(buckets.bucketOfRow(row)).as("row %d", row).isEqualTo(first);
        }
        for (int step = 0; step < order.size(); step++) {
            assertThat(buckets.steps().get(step).matched()).isEqualTo(expected.count(order.get(step)));
        }
    }
}
