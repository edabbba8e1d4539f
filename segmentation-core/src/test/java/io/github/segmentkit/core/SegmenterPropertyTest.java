package io.github.segmentkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The engine behind {@code Segmenter.builder} agrees exactly with the reference evaluator on random input. */
class SegmenterPropertyTest {

    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        return Generators.customers().list().ofMaxSize(150);
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(5, 4);
    }

    @Property(tries = 400)
    void should_agree_with_the_reference_evaluator(@ForAll("customers") List<TestCustomer> customers,
            @ForAll("segments") List<Segment> segments) {
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA)
                .asOf(TestCustomers.AS_OF.date()).addAll(segments).build();
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(customers);

        SegmentationResult actual = segmenter.segment(customers);

        assertThat(actual.customerCount()).isEqualTo(customers.size());
        for (Segment segment : segments) {
            assertThat(actual.memberIds(segment.name())).as(segment.toString())
                    .containsExactly(expected.memberIds(segment.name()));
        }
        assertThat(actual.unsegmentedIds()).containsExactly(expected.unsegmentedIds());
        for (int row = 0; row < customers.size(); row++) {
            assertThat(segmenter.segmentsOf(customers.get(row))).as("classify row %d", row)
                    .containsExactlyElementsOf(expected.segmentsOfRow(row));
        }
    }
}
