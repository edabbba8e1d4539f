package io.github.segmentkit.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A classifier pointed at an attribute of a kind it cannot read used to label every customer unclassified (or put
 * everyone in its default group) without a word; {@code withClassifier} now refuses it, naming the classifier, the
 * setting, the attribute, its kind and the kinds expected.
 */
class ClassifierInputKindsTest {
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    @Test
    void should_refuse_an_age_band_over_a_categorical_attribute() {
        DefinitionException thrown = refused("age-band", Map.of("age", "country"));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.attribute()).isEqualTo("country");
            assertThat(problem.message()).isEqualTo("classifier 'age-band' reads 'country' (setting 'age') as long"
                    + " or double, but 'country' is a categorical attribute: every customer would be unclassified");
        });
    }

    @Test
    void should_refuse_a_value_mapping_over_tags() {
        DefinitionException thrown = refused("mapping", Map.of("input", "interests",
                "mapping", Map.of("hiking", "outdoors"), "default", "rest"));

        assertThat(thrown.getMessage()).contains("classifier 'mapping' reads 'interests' (setting 'input') as long,"
                + " categorical or boolean, but 'interests' is a tags attribute");
    }

    @Test
    void should_refuse_a_store_distance_over_a_number() {
        DefinitionException thrown = refused("store-distance", Map.of("input", "income", "edgesKm", List.of(5),
                "stores", List.of(Map.of("id", "london", "latitude", 51.5, "longitude", -0.13))));

        assertThat(thrown.getMessage()).contains("reads 'income' (setting 'input') as geo point, but 'income' is a"
                + " double attribute");
    }

    @Test
    void should_refuse_an_interest_score_over_a_categorical_attribute() {
        DefinitionException thrown = refused("interest-score", Map.of("input", "country", "profiles",
                List.of(Map.of("name", "outdoors", "weights", Map.of("hiking", 1)))));

        assertThat(thrown.getMessage()).contains("reads 'country' (setting 'input') as tags, but 'country' is a"
                + " categorical attribute");
    }

    @Test
    void should_name_the_nested_setting_of_a_persona_item() {
        DefinitionException thrown = refused("persona", Map.of("items", List.of(
                Map.of("id", "age", "min", 0, "max", 100), Map.of("id", "home", "min", 0, "max", 1)),
                "personas", List.of(Map.of("name", "p", "centroid", List.of(0.5, 0.5)))));

        assertThat(thrown.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("reads 'home' (setting 'items[1].id') as long or double, but 'home' is a geo point"));
    }

    @Test
    void should_describe_every_input_of_every_built_in_classifier_and_accept_its_sample_schema() {
        ClassifierSamples.byName().forEach((name, settings) -> {
            Classifier classifier = ClassifierRegistry.create(ClassifierSamples.type(name), settings);

            assertThat(classifier.expectedInputs()).as(name).extracting(ClassifierInput::attribute)
                    .containsExactlyElementsOf(classifier.inputs());
            for (ClassifierInput input : classifier.expectedInputs()) {
                Object named = read(classifier.settings(), input.setting());
                if (named instanceof List<?> list) {   // a setting such as inputs names several attributes
                    assertThat(List.<Object>copyOf(list)).as(name + " " + input.setting()).contains(input.attribute());
                } else {
                    assertThat(named).as(name + " " + input.setting()).isEqualTo(input.attribute());
                }
            }
            FittedClassifier fitted = classifier.fit(List.of());
            assertThat(TestCustomers.SCHEMA.withClassifier(fitted).findAttribute(classifier.output())).as(name)
                    .isPresent();
        });
    }

    @Test
    void should_refuse_every_kind_an_input_cannot_read_for_every_built_in_classifier() {
        int refusals = 0;
        for (Map.Entry<String, Map<String, Object>> sample : ClassifierSamples.byName().entrySet()) {
            Classifier classifier = ClassifierRegistry.create(ClassifierSamples.type(sample.getKey()),
                    sample.getValue());
            for (ClassifierInput input : classifier.expectedInputs()) {
                for (AttributeBinding<?> other : TestCustomers.SCHEMA.bindings()) {
                    Attribute attribute = other.attribute();
                    if (input.accepts(attribute.kind()) || classifier.inputs().contains(attribute.name())) {
                        continue;
                    }
                    Map<String, Object> rewired = replaced(classifier.settings(), input, attribute.name());
                    Classifier wrong = ClassifierRegistry.create(classifier.type(), rewired);
                    DefinitionException thrown = assertThrows(DefinitionException.class,
                            () -> TestCustomers.SCHEMA.withClassifier(wrong.fit(List.of())),
                            sample.getKey() + " reading " + attribute.name());
                    assertThat(thrown.getMessage()).contains("(setting '" + input.setting() + "')",
                            "'" + attribute.name() + "' is a " + attribute.kind().label() + " attribute");
                    refusals++;
                }
            }
        }
        // every sample has at least one input, and no built-in classifier reads all eight kinds
        assertThat(refusals).isGreaterThan(ClassifierSamples.byName().size() * 3);
    }

    private static DefinitionException refused(String type, Map<String, Object> settings) {
        FittedClassifier fitted = ClassifierRegistry.create(type, settings).fit(List.of());
        return assertThrows(DefinitionException.class, () -> TestCustomers.SCHEMA.withClassifier(fitted));
    }

    /** The value at a setting path such as {@code input}, {@code items[1].id} or {@code strengthInputs.hiking}. */
    private static Object read(Map<String, Object> settings, String path) {
        Object current = settings;
        for (String step : path.split("\\.")) {
            Matcher indexed = INDEXED.matcher(step);
            if (indexed.matches()) {
                current = ((List<?>) ((Map<?, ?>) current).get(indexed.group(1)))
                        .get(Integer.parseInt(indexed.group(2)));
            } else {
                current = ((Map<?, ?>) current).get(step);
            }
        }
        return current;
    }

    /** A copy of the settings with the input's attribute (at its setting, or in the list there) replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> replaced(Map<String, Object> settings, ClassifierInput input,
            String attribute) {
        Map<String, Object> copy = deepCopy(settings);
        String[] steps = input.setting().split("\\.");
        Object container = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            container = step(container, steps[i]);
        }
        String last = steps[steps.length - 1];
        Matcher indexed = INDEXED.matcher(last);
        Map<String, Object> map = (Map<String, Object>) container;
        if (indexed.matches()) {
            ((List<Object>) map.get(indexed.group(1))).set(Integer.parseInt(indexed.group(2)), attribute);
        } else if (map.get(last) instanceof List<?>) {
            List<Object> list = (List<Object>) map.get(last);
            list.set(list.indexOf(input.attribute()), attribute);
        } else {
            map.put(last, attribute);
        }
        // k-means orders its clusters by one of its inputs, which must follow the input it names
        copy.computeIfPresent("orderBy", (key, value) -> value.equals(input.attribute()) ? attribute : value);
        return copy;
    }

    private static Object step(Object container, String step) {
        Matcher indexed = INDEXED.matcher(step);
        if (indexed.matches()) {
            return ((List<?>) ((Map<?, ?>) container).get(indexed.group(1))).get(Integer.parseInt(indexed.group(2)));
        }
        return ((Map<?, ?>) container).get(step);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> settings) {
        Map<String, Object> copy = new LinkedHashMap<>();
        settings.forEach((key, value) -> copy.put(key, deepCopyValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return deepCopy((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(deepCopyValue(element)));
            return copy;
        }
        return value;
    }
}
