package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.api.criteria.Criteria.inSegment;
import static io.github.segmentkit.examples.personality.PersonalitySchema.CUSTOMER_SINCE;
import static io.github.segmentkit.examples.personality.PersonalitySchema.INCOME;
import static io.github.segmentkit.examples.personality.PersonalitySchema.KIDS_AT_HOME;
import static io.github.segmentkit.examples.personality.PersonalitySchema.TEENS_AT_HOME;
import static io.github.segmentkit.examples.snippets.Fixtures.AGE;
import static io.github.segmentkit.examples.snippets.Fixtures.AS_OF;
import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.ColumnarSegmenter;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.core.engine.RoaringSegmentationResult;
import io.github.segmentkit.definitions.Definitions;
import io.github.segmentkit.examples.personality.DemoSegments;
import io.github.segmentkit.examples.personality.PersonalityCustomer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java blocks of README.md other than its main example (see {@code ReadmeExampleTest}), compiled and run. */
class ReadmeSnippetsTest {
    private final List<Customer> customers = CUSTOMERS;
    private final Segmenter<Customer> segmenter = Segmenter.builder(SCHEMA)
            .add(Segment.named("adults").where(AGE.ge(18L))).add(Segment.named("seniors").where(AGE.ge(65L)))
            .asOf(AS_OF).build();

    @Test
    void should_resegment_a_prebuilt_table() {
        // javadoc: README.md
        ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
        CustomerTable<Customer> table = engine.table(customers);     // ~57 bytes per customer
        RoaringSegmentationResult result = engine.segment(table);    // milliseconds per million customers
        int[] counts = engine.counts(table);                         // counts only

        assertThat(result.memberIds("seniors")).containsExactly(3L);
        assertThat(counts).containsExactly(3, 1);
    }

    @Test
    void should_write_the_demo_segments_as_the_demo_does() {
        assertThat(DemoSegments.ALL).contains(Segment.named("high-income-families")
                .describedAs("income of at least 75,000 with children at home")
                .where(INCOME.ge(75_000).and(KIDS_AT_HOME.ge(1).or(TEENS_AT_HOME.ge(1)))));
        assertThat(DemoSegments.ALL).extracting(Segment::criterion).contains(
                CUSTOMER_SINCE.beforeDaysAgo(730), inSegment("big-spenders").and(inSegment("lapsed")));
    }

    /** Compiled only: the README reads a file in the user's working directory; the test above checks the Java. */
    static List<Segment> readTheDemoFile(CustomerSchema<PersonalityCustomer> schema) throws IOException {
        // javadoc: README.md
        Segment.named("high-income-families").describedAs("income of at least 75,000 with children at home")
                .where(INCOME.ge(75_000).and(KIDS_AT_HOME.ge(1).or(TEENS_AT_HOME.ge(1))));
        Segment.named("long-standing").where(CUSTOMER_SINCE.beforeDaysAgo(730));
        Segment.named("big-spenders-at-risk").where(inSegment("big-spenders").and(inSegment("lapsed")));

        List<Segment> segments = Definitions.read(Path.of("demo.seg"), schema.attributes()).segments();   // or demo.json
        return segments;
    }

    @Test
    void should_label_customers_with_a_classifier_and_select_by_label() {
        CustomerSchema<Customer> schema = SCHEMA;
        List<AttributeValues> population = CUSTOMERS.stream().map(SCHEMA::values).toList();
        // javadoc: README.md
        Classifier regions = ClassifierRegistry.create("country-region", Map.of("input", "country"));
        CustomerSchema<Customer> labelled = schema.withClassifier(regions.fit(population));
        Criterion europe = Attribute.ofCategorical("region").eq("Europe");

        assertThat(Segmenter.builder(labelled).add(Segment.named("europe").where(europe)).build()
                .segment(CUSTOMERS).memberIds("europe")).containsExactly(3L);
    }

    @Test
    void should_compile_every_java_block_of_the_readme() throws IOException {
        List<MarkdownJavaBlocks.JavaBlock> checked = new ArrayList<>();
        // the main example, with its imports: ReadmeExampleTest keeps it equal to its test
        List<String> missing = MarkdownJavaBlocks.missingTwins(Path.of(".."), "README.md",
                MarkdownJavaBlocks.JavaBlock::startsWithImports, checked);

        assertThat(checked).as("README Java blocks checked").hasSizeGreaterThanOrEqualTo(3);
        assertThat(missing).isEmpty();
    }
}
