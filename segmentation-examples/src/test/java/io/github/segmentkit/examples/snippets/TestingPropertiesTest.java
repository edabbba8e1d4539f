package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.RandomSchemas;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The jqwik examples of {@code segmentation-testing}'s generators, compiled and run as properties. */
class TestingPropertiesTest {

    // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/Generators.java
    @Property(tries = 20)
    void should_agree_with_the_oracle(@ForAll("customers") List<TestCustomer> customers,
            @ForAll("segments") List<Segment> segments) {
        SegmentationResult result = Segmenter.builder(TestCustomers.SCHEMA).addAll(segments)
                .asOf(TestCustomers.AS_OF.date()).build().segment(customers);
        ReferenceResult expected = ReferenceEvaluator.of(TestCustomers.SCHEMA, segments, TestCustomers.AS_OF)
                .segment(customers);
        segments.forEach(s -> assertThat(result.memberIds(s.name())).isEqualTo(expected.memberIds(s.name())));
    }

    @Provide Arbitrary<List<TestCustomer>> customers() { return Generators.customers().list().ofMaxSize(200); }
    @Provide Arbitrary<List<Segment>> segments() { return Generators.segments(5, 4); }

    // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/RandomSchema.java
    @Property(tries = 20)
    void should_agree_on_random_schemas(@ForAll("scenarios") RandomSchemas.Scenario scenario) {
        ReferenceEvaluator<GenericCustomer> oracle = ReferenceEvaluator.of(scenario.schema().schema(),
                scenario.segments(), TestCustomers.AS_OF);
        Segmenter<GenericCustomer> engine = Segmenter.builder(scenario.schema().schema())
                .addAll(scenario.segments()).asOf(TestCustomers.AS_OF.date()).build();
        scenario.customers().forEach(c -> assertThat(engine.segmentsOf(c)).isEqualTo(oracle.segmentsOf(c)));
    }

    // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/RandomSchemas.java
    @Provide Arbitrary<RandomSchemas.Scenario> scenarios() { return RandomSchemas.scenarios(100, 5, 6); }
}
