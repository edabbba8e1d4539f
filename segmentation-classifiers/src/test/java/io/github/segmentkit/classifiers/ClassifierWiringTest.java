package io.github.segmentkit.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A classifier whose input is not in the schema would label every customer unclassified without a word; adding it
 * to the schema refuses it instead, naming the classifier and the input, with a suggestion.
 */
class ClassifierWiringTest {
    @Test
    void should_refuse_a_classifier_reading_an_attribute_the_schema_lacks() {
        Classifier bands = ClassifierRegistry.create("age-band", Map.of("age", "agee", "output", "age_band"));
        FittedClassifier fitted = bands.fit(List.of());

        DefinitionException thrown = assertThrows(DefinitionException.class,
                () -> TestCustomers.SCHEMA.withClassifier(fitted));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.attribute()).isEqualTo("agee");
            assertThat(problem.message()).startsWith("classifier 'age-band' reads 'agee' (setting 'age'), which is not an attribute"
                    + " of the schema (did you mean 'age'?); the schema has [");
        });
    }

    @Test
    void should_refuse_a_persona_whose_item_the_schema_lacks() {
        // before, the persona caught the failed read and labelled every customer unclassified
        FittedClassifier persona = ClassifierRegistry.create("persona", Map.of("items", List.of(
                Map.of("id", "age", "min", 0, "max", 100), Map.of("id", "agee", "min", 0, "max", 100)),
                "personas", List.of(Map.of("name", "p", "centroid", List.of(0.5, 0.5))))).fit(List.of());

        DefinitionException thrown = assertThrows(DefinitionException.class,
                () -> TestCustomers.SCHEMA.withClassifier(persona));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.attribute()).isEqualTo("agee");
            assertThat(problem.message()).startsWith("classifier 'persona' reads 'agee' (setting 'items[1].id'), which"
                    + " is not an attribute of the schema (did you mean 'age'?)");
        });
    }

    @Test
    void should_list_every_missing_input_of_a_many_input_classifier() {
        Classifier rfm = ClassifierRegistry.create("rfm", Map.of("recency", "days_since_order",
                "frequency", "orders", "monetary", "income"));
        FittedClassifier fitted = rfm.fit(List.of());

        DefinitionException thrown = assertThrows(DefinitionException.class,
                () -> TestCustomers.SCHEMA.withClassifier(fitted));

        // income is in the test schema; the other two are not
        assertThat(thrown.problems()).extracting(p -> p.attribute()).containsExactly("days_since_order", "orders");
    }

    @Test
    void should_accept_a_classifier_whose_inputs_are_all_in_the_schema() {
        FittedClassifier fitted = ClassifierRegistry.create("age-band", Map.of("age", "age", "output", "age_band"))
                .fit(List.of());

        assertThat(TestCustomers.SCHEMA.withClassifier(fitted).findAttribute("age_band")).isPresent();
    }
}
