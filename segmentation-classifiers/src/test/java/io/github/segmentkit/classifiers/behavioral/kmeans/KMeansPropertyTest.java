package io.github.segmentkit.classifiers.behavioral.kmeans;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class KMeansPropertyTest {
    @Provide
    Arbitrary<List<List<Double>>> rows() {
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 1.0, 5.0, Double.NaN),
                Arbitraries.doubles().between(0, 1000));
        return value.list().ofSize(2).list().ofMaxSize(40);
    }

    @Property(tries = 60)
    void should_label_each_customer_alone_exactly_as_the_fit_labelled_it(@ForAll("rows") List<List<Double>> rows,
            @ForAll @IntRange(min = 0, max = 4) int k) {
        List<TestValues> population = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            population.add(TestValues.of(i, "f", rows.get(i).get(0), "m", rows.get(i).get(1)));
        }
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("f", "m")).withK(k));

        KMeansClassifier.Bulk bulk = classifier.fitInBulk(population);

        for (int i = 0; i < population.size(); i++) {
            Label alone = bulk.fitted().apply(population.get(i));
            assertThat(alone).as("customer %s", i).isEqualTo(bulk.labels().get(i));
            assertThat(bulk.fitted().labels()).contains(alone.value());
        }
    }
}
