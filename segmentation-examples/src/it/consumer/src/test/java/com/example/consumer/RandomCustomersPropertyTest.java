package com.example.consumer;

import static io.github.segmentkit.testing.SegmentAssertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A jqwik property with segmentation-testing's generators: jqwik's engine runs next to Jupiter's. */
class RandomCustomersPropertyTest {

    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        return Generators.customers().list().ofMaxSize(50);
    }

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Generators.segments(4, 3);
    }

    @Property(tries = 50)
    void should_agree_with_the_reference_evaluator(@ForAll("customers") List<TestCustomer> customers,
            @ForAll("segments") List<Segment> segments) {
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA)
                .asOf(TestCustomers.AS_OF.date()).addAll(segments).build();

        assertThat(segmenter.segment(customers))
                .agreesWith(ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF), customers);
    }
}
