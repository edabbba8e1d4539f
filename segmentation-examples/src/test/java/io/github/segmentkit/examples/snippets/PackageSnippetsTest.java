package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.api.criteria.Criteria.*;
import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.AS_OF;
import static io.github.segmentkit.examples.snippets.Fixtures.COUNTRY;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.INCOME;
import static io.github.segmentkit.examples.snippets.Fixtures.LAST_ORDER;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static io.github.segmentkit.examples.snippets.Fixtures.membersOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TagsAttribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The examples of the package descriptions ({@code package-info.java}) of the public packages, compiled and run. */
class PackageSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(PackageSnippetsTest.class);

    private final CustomerSchema<Customer> schema = SCHEMA;
    private final List<Customer> customers = CUSTOMERS;
    private final Customer customer = CUSTOMERS.get(2);
    private final List<AttributeValues> population = CUSTOMERS.stream().map(SCHEMA::values).toList();

    @Test
    void should_segment_one_customer() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/package-info.java
        Segmenter<Customer> segmenter = Segmenter.builder(schema)
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)))
                .asOf(LocalDate.of(2024, 3, 31))
                .build();
        Set<String> segments = segmenter.segmentsOf(customer);

        assertThat(segments).containsExactly("lapsed");
    }

    @Test
    void should_write_criteria_against_typed_attributes() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/attribute/package-info.java
        LongAttribute age = Attribute.ofLong("age");
        TagsAttribute interests = Attribute.ofTags("interests");
        Criterion outdoorAdults = age.ge(18L).and(interests.containsAny("hiking", "camping"));

        assertThat(membersOf(outdoorAdults)).containsExactly(1L, 3L);
    }

    @Test
    void should_select_by_a_classifier_label() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/package-info.java
        Classifier regions = ClassifierRegistry.create("country-region", Map.of("input", "country"));
        CustomerSchema<Customer> labelled = schema.withClassifier(regions.fit(population));
        Criterion europe = regions.outputAttribute().eq("Europe");

        assertThat(Segmenter.builder(labelled).add(Segment.named("europe").where(europe)).build()
                .segment(customers).memberIds("europe")).containsExactly(3L);
    }

    @Test
    void should_combine_criteria_from_the_static_door() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/criteria/package-info.java
        // import static io.github.segmentkit.api.criteria.Criteria.*;
        Criterion c = and(AGE.between(25, 34), or(COUNTRY.eq("US"), isMissing(COUNTRY)), not(inSegment("lapsed")));

        Segmenter<Customer> segmenter = Segmenter.builder(schema)
                .add(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365))).add(Segment.named("c").where(c))
                .asOf(AS_OF).build();
        assertThat(segmenter.segment(customers).memberIds("c")).containsExactly(1L);
    }

    @Test
    void should_report_every_segment() {
        Segmenter<Customer> segmenter = Segmenter.builder(schema).add(Segment.named("rich").where(INCOME.ge(100_000)))
                .build();
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/result/package-info.java
        SegmentationResult result = segmenter.segment(customers);
        for (String segment : result.segmentNames()) {
            log.info("{}: {} of {}", segment, result.count(segment), result.customerCount());
        }
        long[] nobody = result.unsegmentedIds();

        assertThat(nobody).containsExactly(2L, 3L);
    }

    @Test
    void should_bind_nullable_values() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/package-info.java
        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
                .numeric(AGE, Customer::age)
                .nullableNumeric(INCOME, Customer::income)
                .build();

        assertThat(schema.values(CUSTOMERS.get(1)).get("income")).isNull();
        assertThat(schema.values(CUSTOMERS.get(1)).get("age")).isEqualTo(41L);
    }

    @Test
    void should_agree_with_the_oracle() {
        List<Segment> segments = List.of(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)));
        Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).asOf(AS_OF).build();
        // javadoc: segmentation-testing/src/main/java/io/github/segmentkit/testing/package-info.java
        ReferenceEvaluator<Customer> oracle = ReferenceEvaluator.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
        assertThat(segmenter.segmentsOf(customer)).isEqualTo(oracle.segmentsOf(customer));
    }

    @Test
    void should_segment_as_the_api_overview_shows() {
        List<Customer> customers = CUSTOMERS;
        // javadoc: segmentation-api/src/main/javadoc/overview.html
        CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
                .numeric(AGE, Customer::age)
                .categorical(COUNTRY, Customer::country)
                .build();
        Segmenter<Customer> segmenter = Segmenter.builder(schema)
                .add(Segment.named("young-north-americans").where(AGE.between(18, 34).and(COUNTRY.in("US", "CA"))))
                .build();
        SegmentationResult result = segmenter.segment(customers);

        assertThat(result.memberIds("young-north-americans")).containsExactly(1L);
    }

    @Test
    void should_count_as_the_core_overview_shows() {
        Segmenter<Customer> segmenter = Segmenter.builder(schema).add(Segment.named("rich").where(INCOME.ge(100_000)))
                .build();
        // javadoc: segmentation-core/src/main/javadoc/overview.html
        ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
        CustomerTable<Customer> table = engine.table(customers);
        int[] counts = engine.counts(table);

        assertThat(counts).containsExactly(1);
    }

    @Test
    void should_segment_on_a_classifier_as_the_classifiers_overview_shows() {
        // javadoc: segmentation-classifiers/src/main/javadoc/overview.html
        Classifier ageBands = ClassifierRegistry.create("age-band", Map.of("age", "age"));
        // age bands learn nothing from the population: fit them on no customers
        CustomerSchema<Customer> withBands = schema.withClassifier(ageBands.fit(List.of()));
        Segmenter<Customer> segmenter = Segmenter.builder(withBands)
                .add(Segment.named("over-65s").where(ageBands.outputAttribute().eq("65+")))
                .build();

        // ages 29, 41 and 67: only customer 3 is 65 or older
        assertThat(segmenter.segment(customers).memberIds("over-65s")).containsExactly(3L);
        assertThat(withBands.values(customers.get(0)).get("age_band")).isEqualTo("25-34");
    }

    @Test
    void should_segment_a_table_as_the_engine_package_shows() {
        Segmenter<Customer> segmenter = Segmenter.builder(schema).add(Segment.named("rich").where(INCOME.ge(100_000)))
                .build();
        // javadoc: segmentation-core/src/main/java/io/github/segmentkit/core/engine/package-info.java
        ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
        CustomerTable<Customer> table = engine.table(customers);
        RoaringSegmentationResult result = engine.segment(table);

        assertThat(result.count("rich")).isEqualTo(1);
        assertThat(result.customerCount()).isEqualTo(customers.size());
    }

    @Test
    void should_compare_with_the_oracle_as_the_testing_overview_shows() {
        List<Segment> segments = List.of(Segment.named("lapsed").where(LAST_ORDER.beforeDaysAgo(365)));
        Segmenter<Customer> segmenter = Segmenter.builder(schema).addAll(segments).asOf(AS_OF).build();
        // javadoc: segmentation-testing/src/main/javadoc/overview.html
        ReferenceResult expected = ReferenceEvaluator.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)))
                .segment(customers);
        assertThat(segmenter.segment(customers).memberIds("lapsed")).containsExactly(expected.memberIds("lapsed"));
    }
}
