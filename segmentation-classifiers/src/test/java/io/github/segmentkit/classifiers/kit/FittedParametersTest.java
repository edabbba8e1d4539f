package io.github.segmentkit.classifiers.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved parameters carry a format version: the current one and a missing one are read, others refused clearly. */
class FittedParametersTest {
    private static final List<AttributeValues> POPULATION = List.of(
            TestCustomers.SCHEMA.values(new TestCustomer(1, 30L, 20_000, "US", true, null, null, List.of("hiking"),
                    io.github.segmentkit.api.attribute.GeoPoint.of(51.5, -0.12))),
            TestCustomers.SCHEMA.values(new TestCustomer(2, 70L, 90_000, "CA", null, null, null, null,
                    io.github.segmentkit.api.attribute.GeoPoint.of(48.85, 2.35))),
            TestCustomers.SCHEMA.values(new TestCustomer(3, 45L, 50_000, "GB", null, null, null, null, null)));

    /** Every sample of every kit-based type (RFM keeps its own provider until it is ported onto the kit). */
    private static Map<String, Map<String, Object>> kitSamples() {
        Map<String, Map<String, Object>> samples = new LinkedHashMap<>(ClassifierSamples.byName());
        samples.remove("rfm");
        return samples;
    }

    @Test
    void should_write_the_current_version_first_in_every_fit() {
        kitSamples().forEach((name, settings) -> {
            FittedClassifier fitted = ClassifierRegistry.create(ClassifierSamples.type(name), settings).fit(POPULATION);
            assertThat(fitted.parameters()).as(name).containsEntry("formatVersion", 1L);
            assertThat(fitted.parameters().keySet().iterator().next()).as(name).isEqualTo("formatVersion");
        });
    }

    @Test
    void should_restore_the_current_version_and_parameters_saved_without_a_version() {
        kitSamples().forEach((name, settings) -> {
            String type = ClassifierSamples.type(name);
            Classifier classifier = ClassifierRegistry.create(type, settings);
            FittedClassifier fitted = classifier.fit(POPULATION);
            Map<String, Object> unversioned = new HashMap<>(fitted.parameters());
            unversioned.remove("formatVersion");
            for (Map<String, Object> saved : List.of(fitted.parameters(), unversioned)) {
                FittedClassifier restored = ClassifierRegistry.restore(type, classifier.settings(), saved);
                for (AttributeValues customer : POPULATION) {
                    assertThat(restored.apply(customer)).as(name).isEqualTo(fitted.apply(customer));
                }
                assertThat(restored.parameters()).as(name).isEqualTo(fitted.parameters());
            }
        });
    }

    @Test
    void should_refuse_a_future_or_unknown_version_naming_it_and_the_supported_one() {
        kitSamples().forEach((name, settings) -> {
            String type = ClassifierSamples.type(name);
            Classifier classifier = ClassifierRegistry.create(type, settings);
            Map<String, Object> saved = new LinkedHashMap<>(classifier.fit(POPULATION).parameters());
            saved.put("formatVersion", 2);
            assertThatThrownBy(() -> ClassifierRegistry.restore(type, classifier.settings(), saved)).as(name)
                    .isInstanceOf(DefinitionException.class)
                    .hasMessageEndingWith("classifier '" + type + "', parameter 'formatVersion': version 2 is newer than this "
                            + "release reads (supported: version 1); restore with the release that saved it, or fit "
                            + "again");
            saved.put("formatVersion", 0);
            assertThatThrownBy(() -> ClassifierRegistry.restore(type, classifier.settings(), saved)).as(name)
                    .isInstanceOf(DefinitionException.class).hasMessageContaining("version 0")
                    .hasMessageContaining("supported: version 1");
            saved.put("formatVersion", "one");
            assertThatThrownBy(() -> ClassifierRegistry.restore(type, classifier.settings(), saved)).as(name)
                    .isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("parameter 'formatVersion'").hasMessageContaining("'one'");
        });
    }

    @Test
    void should_reserve_the_version_key_and_keep_the_learned_order() {
        assertThat(FittedParameters.of(Map.of("edges", List.of("1", "2")))).containsExactly(
                Map.entry("formatVersion", 1L), Map.entry("edges", List.of("1", "2")));
        assertThat(FittedParameters.none()).containsExactly(Map.entry("formatVersion", 1L));
        assertThatThrownBy(() -> FittedParameters.of(Map.of("formatVersion", 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> FittedParameters.read("geohash", null)).isInstanceOf(DefinitionException.class)
                .hasMessageEndingWith("classifier 'geohash': parameters are null");
    }
}
