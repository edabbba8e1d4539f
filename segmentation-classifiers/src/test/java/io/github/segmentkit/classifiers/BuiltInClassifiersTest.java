package io.github.segmentkit.classifiers;

import io.github.segmentkit.testing.generators.ClassifierSamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every type is found by name, and its settings and parameters survive a round trip as data. */
class BuiltInClassifiersTest {
    private static final List<String> TYPES = List.of("rfm", "purchase-frequency", "engagement", "kmeans",
            "age-band", "generation", "income-band", "life-stage", "family-size", "mapping", "persona",
            "interest-score", "country-region", "store-distance", "territory", "geohash", "urbanicity");

    @Test
    void should_register_every_type_with_service_loader() {
        assertThat(ClassifierRegistry.types()).containsAll(TYPES);
        assertThat(ClassifierSamples.byName().keySet().stream().map(ClassifierSamples::type).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(TYPES);
    }

    @Test
    void should_round_trip_settings_and_parameters_as_data() {
        List<AttributeValues> population = List.of(
                TestCustomers.SCHEMA.values(new TestCustomer(1, 30L, 20_000, "US", true, null, null,
                        List.of("hiking"), io.github.segmentkit.api.attribute.GeoPoint.of(51.5, -0.12))),
                TestCustomers.SCHEMA.values(new TestCustomer(2, 70L, 90_000, "తెలంగాణ", null, null, null, null,
                        null)));
        ClassifierSamples.byName().forEach((name, settings) -> {
            String type = ClassifierSamples.type(name);
            Classifier classifier = ClassifierRegistry.create(type, settings);
            assertThat(classifier.type()).isEqualTo(type);
            assertThat(ClassifierRegistry.create(type, classifier.settings())).as(name).isEqualTo(classifier);
            FittedClassifier fitted = classifier.fit(population);
            FittedClassifier restored = ClassifierRegistry.restore(type, classifier.settings(), fitted.parameters());
            for (AttributeValues customer : population) {
                assertThat(restored.apply(customer)).as(name).isEqualTo(fitted.apply(customer));
            }
            assertThat(fitted.labels()).as(name).endsWith(Label.UNCLASSIFIED).doesNotHaveDuplicates();
        });
    }

    @Test
    void should_reject_bad_settings_naming_type_setting_and_value() {
        assertThatThrownBy(() -> ClassifierRegistry.create("store-distance", Map.of("input", "home", "stores",
                List.of(Map.of("id", "x", "latitude", 91, "longitude", 0))))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("'store-distance'").hasMessageContaining("stores[0].latitude")
                .hasMessageContaining("91");
        assertThatThrownBy(() -> ClassifierRegistry.create("persona", Map.of("items", List.of(Map.of("id", "q",
                "min", 1, "max", 5)), "personas", List.of(Map.of("name", "p", "centroid", List.of(1.5))))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("personas[0].centroid")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> ClassifierRegistry.create("mapping", Map.of("input", "job", "mapping", "Nurse")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'mapping'");
        assertThatThrownBy(() -> ClassifierRegistry.restore("age-band", Map.of("age", "age"), Map.of("edges",
                List.of()))).isInstanceOf(DefinitionException.class).hasMessageContaining("must be empty");
    }

    @Test
    void should_leave_a_customer_with_every_input_missing_unclassified_with_a_reason() {
        // one rule for missing input: every sample, whatever its type, says why; the one exception is a setting
        // that explicitly counts missing activity as zero (engagement's missingAsZero)
        AttributeValues nothing = TestCustomers.SCHEMA.values(new TestCustomer(9, null, Double.NaN, null, null, null,
                null, null, null));
        ClassifierSamples.byName().forEach((name, settings) -> {
            FittedClassifier fitted = ClassifierRegistry.create(ClassifierSamples.type(name), settings)
                    .fit(List.of(nothing));
            Label label = fitted.apply(nothing);
            if (Boolean.TRUE.equals(settings.get("missingAsZero"))) {
                assertThat(label.value()).as(name).isEqualTo("inactive");
            } else {
                assertThat(label.value()).as(name).isEqualTo(Label.UNCLASSIFIED);
                assertThat(label.reason()).as(name).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
            }
        });
    }
}
