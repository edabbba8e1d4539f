package io.github.segmentkit.classifiers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.testing.generators.ClassifierSamples;
import io.github.segmentkit.testing.generators.Generators;
import io.github.segmentkit.testing.generators.TestCustomer;
import io.github.segmentkit.testing.generators.TestCustomers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Classifier#possibleLabels()}: known from the settings for every built-in type except geohash cells learned
 * from the population, and never missing a label that a fit declares or gives.
 */
class PossibleLabelsTest {
    @Provide
    Arbitrary<List<TestCustomer>> customers() {
        return Generators.customers().list().ofMaxSize(40).uniqueElements(TestCustomer::id);
    }

    private static Map<String, Map<String, Object>> samples() {
        Map<String, Map<String, Object>> samples = new LinkedHashMap<>(ClassifierSamples.byName());
        samples.put("kmeans:automatic", Map.of("inputs", List.of("age", "income"), "seed", 7));
        samples.put("geohash:prefixes", Map.of("input", "home", "precision", 3, "prefixes", List.of("u0", "t")));
        return samples;
    }

    @Property(tries = 20)
    void should_hold_every_label_a_fit_declares_and_gives(@ForAll("customers") List<TestCustomer> customers) {
        List<AttributeValues> values = customers.stream().map(TestCustomers.SCHEMA::values).toList();
        samples().forEach((name, settings) -> {
            Classifier classifier = ClassifierRegistry.create(ClassifierSamples.type(name), settings);
            FittedClassifier fitted = classifier.fit(values);
            classifier.possibleLabels().ifPresent(possible -> {
                assertThat(possible).as(name).containsAll(fitted.labels()).contains(Label.UNCLASSIFIED);
                values.forEach(customer -> assertThat(possible).as(name).contains(fitted.apply(customer).value()));
            });
        });
    }

    @Example
    void should_be_unknown_only_for_geohash_cells_learned_from_the_population() {
        samples().forEach((name, settings) -> assertThat(ClassifierRegistry.create(ClassifierSamples.type(name),
                settings).possibleLabels().isPresent()).as(name).isEqualTo(!name.equals("geohash")));
    }

    @Example
    void should_list_the_documented_labels() {
        // docs/classifiers.md: age-band's default brackets, and k-means with an automatic k of at most 10
        assertThat(ClassifierRegistry.create("age-band", Map.of("age", "age")).possibleLabels()).contains(List.of(
                "under_18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "unclassified"));
        assertThat(ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("age"))).possibleLabels())
                .contains(List.of("cluster_1", "cluster_2", "cluster_3", "cluster_4", "cluster_5", "cluster_6",
                        "cluster_7", "cluster_8", "cluster_9", "cluster_10", "unclassified"));
        assertThat(ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("age"), "k", 2)).possibleLabels())
                .contains(List.of("cluster_1", "cluster_2", "unclassified"));
    }
}
