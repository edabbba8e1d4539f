package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.GenericCustomer;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The javadoc examples of {@code segmentation-testing} that need no property-test engine, compiled and run. */
class TestingSnippetsTest {
    private final CustomerSchema<TestCustomer> schema = TestCustomers.SCHEMA;
    private final List<Segment> segments = List.of(
            Segment.named("lapsed").where(TestCustomers.LAST_ORDER.beforeDaysAgo(365)),
            Segment.named("adults").where(TestCustomers.AGE.ge(18L)));
    private final List<TestCustomer> customers = List.of(
            new TestCustomer(1, 34L, 52_000.0, "CA", true, LocalDate.of(2024, 1, 2), null, List.of("hiking"),
                    GeoPoint.of(43.65, -79.38)),
            new TestCustomer(2, 17L, 0.0, "US", false, LocalDate.of(2020, 1, 2), null, null, null));

    @Test
    void should_evaluate_the_customers_of_the_javadoc() {
        CustomerSchema<Customer> schema = Fixtures.SCHEMA;
        List<Customer> customers = Fixtures.CUSTOMERS;
        Customer customer = customers.get(2);
        List<Segment> segments = List.of(Segment.named("lapsed").where(Fixtures.LAST_ORDER.beforeDaysAgo(365)));
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/ReferenceEvaluator.java
        ReferenceEvaluator<Customer> oracle = ReferenceEvaluator.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        Set<String> expected = oracle.segmentsOf(customer);
        ReferenceResult all = oracle.segment(customers);

        assertThat(expected).containsExactly("lapsed");
        assertThat(all.memberIds("lapsed")).containsExactly(3L);
    }

    @Test
    void should_compare_an_engine_with_the_oracle() {
        ReferenceEvaluator<TestCustomer> oracle = ReferenceEvaluator.of(schema, segments, TestCustomers.AS_OF);
        SegmentationResult result = Segmenter.builder(schema).addAll(segments).asOf(TestCustomers.AS_OF.date()).build()
                .segment(customers);
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/ReferenceResult.java
        ReferenceResult expected = oracle.segment(customers);
        assertThat(result.memberIds("lapsed")).containsExactly(expected.memberIds("lapsed"));
    }

    @Test
    void should_create_every_sample_classifier() {
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/ClassifierSamples.java
        ClassifierSamples.byName().forEach((name, settings) ->
                ClassifierRegistry.create(ClassifierSamples.type(name), settings));

        // every built-in type has a sample, so the line above created each of them without complaint
        assertThat(ClassifierSamples.byName().keySet().stream().map(ClassifierSamples::type))
                .contains("rfm", "age-band", "country-region", "geohash");
    }

    @Test
    void should_make_generic_customers_by_hand() {
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/GenericCustomer.java
        GenericCustomer c = new GenericCustomer(1, new Object[] {34L, Double.NaN, "CA"});
        assertThat(c).isEqualTo(new GenericCustomer(1, new Object[] {34L, Double.NaN, "CA"}));
    }

    @Test
    void should_make_test_customers_by_hand() {
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/TestCustomer.java
        TestCustomer c = new TestCustomer(1, 34L, 52_000.0, "CA", true, LocalDate.of(2024, 1, 2), null, List.of("hiking"),
                GeoPoint.of(43.65, -79.38));
        assertThat(c).isEqualTo(customers.get(0));
    }

    @Test
    void should_segment_the_test_customers_as_of_the_fixed_date() {
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/generators/TestCustomers.java
        Segmenter<TestCustomer> segmenter = Segmenter.builder(TestCustomers.SCHEMA).asOf(TestCustomers.AS_OF.date())
                .addAll(segments).build();

        assertThat(segmenter.segment(customers).memberIds("lapsed")).containsExactly(2L);
    }
}
