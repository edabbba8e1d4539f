package io.github.segmentkit.classifiers.behavioral.bands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BandClassifiersPropertyTest {
    private static final double[] EDGES = {1, 2, 4, 12};
    private static final String[] LABELS = {"none", "one_time", "occasional", "regular", "frequent"};

    @Provide
    Arbitrary<List<Double>> counts() {
        return Arbitraries.oneOf(Arbitraries.of(-1.0, 0.0, 1.0, 2.0, 4.0, 12.0, Double.NaN),
                Arbitraries.doubles().between(-5, 50)).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void should_label_each_customer_alone_as_in_bulk_and_as_a_hand_count_of_edges(
            @ForAll("counts") List<Double> counts) {
        FittedClassifier bands = new PurchaseFrequencyClassifier(PurchaseFrequencyConfig.defaults())
                .fit(List.of());
        List<TestValues> population = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            population.add(TestValues.of(i, "orders_12m", counts.get(i)));
        }

        List<Label> bulk = bands.applyAll(population);

        for (int i = 0; i < counts.size(); i++) {
            double v = counts.get(i);
            assertThat(bands.apply(population.get(i))).isEqualTo(bulk.get(i));
            if (Double.isNaN(v) || v < 0) {
                assertThat(bulk.get(i).isClassified()).isFalse();
            } else {
                int band = 0;
                for (double edge : EDGES) {
                    band += v >= edge ? 1 : 0;
                }
                assertThat(bulk.get(i).value()).isEqualTo(LABELS[band]);
            }
        }
    }

    @Provide
    Arbitrary<List<List<Long>>> activity() {
        return Arbitraries.longs().between(-1, 12).injectNull(0.05).list().ofSize(3).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void should_score_engagement_alone_as_in_bulk_and_as_a_hand_weighted_sum(
            @ForAll("activity") List<List<Long>> rows) {
        FittedClassifier engagement = new EngagementClassifier(EngagementConfig.defaults()).fit(List.of());
        List<TestValues> population = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            population.add(TestValues.of(i, "visits_30d", rows.get(i).get(0), "opens_30d", rows.get(i).get(1),
                    "clicks_30d", rows.get(i).get(2)));
        }

        List<Label> bulk = engagement.applyAll(population);

        for (int i = 0; i < rows.size(); i++) {
            List<Long> row = rows.get(i);
            assertThat(engagement.apply(population.get(i))).isEqualTo(bulk.get(i));
            if (row.contains(null) || row.stream().anyMatch(v -> v != null && v < 0)) {
                assertThat(bulk.get(i).reason()).isPresent();
            } else {
                long score = row.get(0) + row.get(1) + 2 * row.get(2);
                String expected = score < 1 ? "inactive" : score < 5 ? "low" : score < 15 ? "medium" : "high";
                assertThat(bulk.get(i).value()).isEqualTo(expected);
            }
        }
    }
}
