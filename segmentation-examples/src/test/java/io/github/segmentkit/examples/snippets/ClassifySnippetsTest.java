package io.github.segmentkit.examples.snippets;

import static io.github.segmentkit.examples.snippets.Fixtures.CUSTOMERS;
import static io.github.segmentkit.examples.snippets.Fixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The javadoc examples of packages {@code io.github.segmentkit.api.classify} and {@code api.schema}. */
class ClassifySnippetsTest {
    private final CustomerSchema<Customer> schema = SCHEMA;
    private final Customer customer = CUSTOMERS.get(1);
    private final List<AttributeValues> population = CUSTOMERS.stream().map(SCHEMA::values).toList();

    @Test
    void should_read_a_customer_as_attribute_values() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/AttributeValues.java
        AttributeValues values = schema.values(customer);
        Double income = (Double) values.get("income");   // null when missing

        assertThat(income).isNull();
        assertThat(values.get("age")).isEqualTo(41L);
    }

    @Test
    void should_fit_and_apply_a_classifier() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/Classifier.java
        Classifier ageBands = ClassifierRegistry.create("age-band", Map.of("age", "age", "output", "age_band"));
        FittedClassifier fitted = ageBands.fit(population);
        Label label = fitted.apply(schema.values(customer));

        assertThat(label).isEqualTo(Label.of("35-44"));
    }

    @Test
    void should_hand_back_the_typed_output_attribute() {
        Classifier rfm = ClassifierRegistry.create("rfm", Map.of());
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/Classifier.java
        Criterion champions = rfm.outputAttribute().eq("champions");

        assertThat(champions).isEqualTo(Attribute.ofCategorical(rfm.output()).eq("champions"));
    }

    @Test
    void should_declare_the_kinds_a_classifier_reads() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/ClassifierInput.java
        ClassifierInput spend = ClassifierInput.numeric("spend_12m", "spend");
        boolean fits = spend.accepts(AttributeKind.DOUBLE);   // true; a categorical attribute would not fit

        assertThat(fits).isTrue();
        assertThat(spend.accepts(AttributeKind.CATEGORICAL)).isFalse();
        assertThat(new SpendTiers("income").expectedInputs()).containsExactly(ClassifierInput.numeric("income",
                "spend"));
    }

    @Test
    void should_refuse_a_classifier_over_an_attribute_of_a_kind_it_cannot_read() {
        FittedClassifier overCountry = new LoyaltyTierProvider().create(Map.of("spend", "country")).fit(List.of());

        assertThatThrownBy(() -> schema.withClassifier(overCountry)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("classifier 'loyalty-tier' reads 'country' (setting 'spend') as long or"
                        + " double, but 'country' is a categorical attribute");
    }

    @Test
    void should_say_which_labels_a_classifier_can_give_before_fitting() {
        assertThat(new SpendTiers("income").possibleLabels()).contains(List.of("minor", "adult", "unclassified"));
        assertThat(new LoyaltyTierProvider().create(Map.of("spend", "income")).possibleLabels()).isEmpty();
    }

    /** A classifier that says which kinds its input may have (the rest of it does not matter here). */
    record SpendTiers(String spend) implements Classifier {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/Classifier.java
        public List<ClassifierInput> expectedInputs() {
            return List.of(ClassifierInput.numeric(spend, "spend"));
        }

        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/Classifier.java
        public Optional<List<String>> possibleLabels() {
            return Optional.of(List.of("minor", "adult", Label.UNCLASSIFIED));
        }

        public String type() { return "spend-tiers"; }
        public List<String> inputs() { return List.of(spend); }
        public String output() { return "spend_tier"; }
        public Map<String, Object> settings() { return Map.of("spend", spend); }
        public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
            throw new UnsupportedOperationException("not needed by the example");
        }
    }

    @Test
    void should_plug_in_a_classifier_provider() {
        Classifier tiers = new LoyaltyTierProvider().create(Map.of("spend", "income", "goldSpend", 100_000));
        Map<String, Object> saved = tiers.fit(List.of()).parameters();   // {formatVersion=1}
        FittedClassifier restored = new LoyaltyTierProvider().restore(tiers.settings(), saved);

        assertThat(restored.apply(schema.values(CUSTOMERS.get(0)))).isEqualTo(Label.of("gold"));
        assertThat(restored.apply(schema.values(CUSTOMERS.get(2)))).isEqualTo(Label.of("silver"));
        // read back from JSON the version is an Integer; any other parameter, or none, is refused
        assertThat(new LoyaltyTierProvider().restore(tiers.settings(), Map.of("formatVersion", 1))
                .apply(schema.values(CUSTOMERS.get(0)))).isEqualTo(Label.of("gold"));
        assertThatThrownBy(() -> new LoyaltyTierProvider().restore(tiers.settings(), Map.of()))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("cannot restore loyalty-tier from {}");
        assertThatThrownBy(() -> new LoyaltyTierProvider().restore(tiers.settings(),
                Map.of("formatVersion", 1, "edges", List.of())))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("edges");
    }

    @Test
    void should_find_classifiers_by_type() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/ClassifierRegistry.java
        Classifier rfm = ClassifierRegistry.create("rfm", Map.of());
        Set<String> types = ClassifierRegistry.types();

        assertThat(rfm.type()).isEqualTo("rfm");
        assertThat(types).contains("rfm", "age-band", "country-region", "loyalty-tier");
    }

    @Test
    void should_save_and_restore_fitted_parameters() {
        List<AttributeValues> population = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> SCHEMA.values(new Customer(i, 30, i * 1_000.0, "US", Set.of(), 0, 0, null, null, null)))
                .toList();
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/FittedClassifier.java
        Classifier incomeBands = ClassifierRegistry.create("income-band", Map.of("input", "income", "quantiles", 4));
        FittedClassifier fitted = incomeBands.fit(population);
        Map<String, Object> saved = fitted.parameters();            // e.g. store as JSON
        FittedClassifier again = ClassifierRegistry.restore("income-band", incomeBands.settings(), saved);

        assertThat(again.applyAll(population)).isEqualTo(fitted.applyAll(population));
        assertThat(again.labels()).isEqualTo(fitted.labels());
    }

    @Test
    void should_give_a_reason_for_unclassified() {
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/classify/Label.java
        Label band = Label.of("25-34");
        Label none = Label.unclassified("age is missing");
        none.value();    // "unclassified"
        none.reason();   // Optional["age is missing"]

        assertThat(band.isClassified()).isTrue();
        assertThat(none.value()).isEqualTo("unclassified");
        assertThat(none.reason()).isEqualTo(Optional.of("age is missing"));
    }

    @Test
    void should_use_a_classifier_output_in_criteria() {
        Classifier ageBands = ClassifierRegistry.create("age-band", Map.of("age", "age", "output", "age_band"));
        // javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/schema/CustomerSchema.java
        CustomerSchema<Customer> withBands = schema.withClassifier(ageBands.fit(population));
        Criterion young = Attribute.ofCategorical("age_band").in("18-24", "25-34");

        assertThat(io.github.segmentkit.api.Segmenter.builder(withBands)
                .add(io.github.segmentkit.api.Segment.named("young").where(young)).build()
                .segment(CUSTOMERS).memberIds("young")).containsExactly(1L);
    }
}
