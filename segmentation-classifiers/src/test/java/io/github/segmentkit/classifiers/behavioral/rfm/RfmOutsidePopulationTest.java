package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A customer outside the fitted population gets its F score from its frequency alone, never from its id (the rule
 * of docs/classifiers.md, "Frequency ties"). Expected scores are worked out by hand below, from the pandas
 * definition: F by rank r (ranked by frequency, then id) is the smallest k in 1..5 with {@code 5(r-1) <= (n-1)k}.
 */
class RfmOutsidePopulationTest {
    /** Customers 1..n with the given frequencies; recency and monetary are irrelevant to F. */
    private static List<CustomerMetrics> population(long... frequencies) {
        List<CustomerMetrics> customers = new ArrayList<>();
        for (int i = 0; i < frequencies.length; i++) {
            customers.add(metrics(i + 1, frequencies[i]));
        }
        return customers;
    }

    private static CustomerMetrics metrics(long id, long frequency) {
        long spread = Math.floorMod(id, 10);
        return new CustomerMetrics(id, 10 * spread, frequency, BigDecimal.valueOf(5 * spread + 5));
    }

    private static int f(RfmModel model, long id, long frequency) {
        return model.score(metrics(id, frequency)).frequency();
    }

    @Test
    void should_give_an_unknown_one_time_buyer_f_1_when_everyone_fitted_bought_once() {
        // n = 5, all frequency 1: ranks are the ids, F(r) = 1, 2, 3, 4, 5 (5(r-1) <= 4k)
        RfmModel model = RfmModel.fit(population(1, 1, 1, 1, 1), false);

        assertThat(f(model, 5, 1)).as("fitted customer 5 keeps its rank").isEqualTo(5);
        assertThat(f(model, 1, 1)).as("fitted customer 1").isEqualTo(1);
        // unknown customers, ranked before every fitted customer of frequency 1: the lowest F of frequency 1
        assertThat(f(model, 6, 1)).as("unknown id 6, frequency 1 (was F = 5)").isEqualTo(1);
        assertThat(f(model, 1_000_000, 1)).isEqualTo(1);
        assertThat(f(model, -3, 1)).isEqualTo(1);
        // above every fitted frequency: above all four keys
        assertThat(f(model, 6, 2)).isEqualTo(5);
    }

    @Test
    void should_rank_unknown_customers_before_fitted_ones_of_equal_frequency() {
        // n = 10, ids 1..10 with frequencies 1 1 1 2 2 3 3 3 4 5; F(r) = smallest k with 5(r-1) <= 9k:
        // r = 1..10 -> F = 1 1 2 2 3 3 4 4 5 5. By frequency: 1 -> {1, 1, 2}, 2 -> {2, 3}, 3 -> {3, 4, 4},
        // 4 -> {5}, 5 -> {5}; the lowest F of each frequency is 1, 2, 3, 5, 5.
        RfmModel model = RfmModel.fit(population(1, 1, 1, 2, 2, 3, 3, 3, 4, 5), false);
        int[] expectedFitted = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        long[] frequencies = {1, 1, 1, 2, 2, 3, 3, 3, 4, 5};

        for (int id = 1; id <= 10; id++) {
            assertThat(f(model, id, frequencies[id - 1])).as("fitted customer %s", id)
                    .isEqualTo(expectedFitted[id - 1]);
        }
        assertThat(f(model, 100, 1)).as("unknown, frequency 1 (was 2)").isEqualTo(1);
        assertThat(f(model, 100, 2)).as("unknown, frequency 2 (was 3)").isEqualTo(2);
        assertThat(f(model, 100, 3)).as("unknown, frequency 3 (was 5)").isEqualTo(3);
        assertThat(f(model, 0, 3)).as("unknown with a small id, frequency 3").isEqualTo(3);
        assertThat(f(model, 100, 4)).isEqualTo(5);
        assertThat(f(model, 100, 9)).isEqualTo(5);
        // a fitted id with a frequency other than the fitted one is a customer the model did not fit
        assertThat(f(model, 8, 2)).as("customer 8 fitted with frequency 3, scored with 2").isEqualTo(2);
    }

    @Test
    void should_score_every_customer_of_a_restored_model_by_frequency_alone() {
        RfmModel fitted = RfmModel.fit(population(1, 1, 1, 2, 2, 3, 3, 3, 4, 5), false);
        RfmModel restored = RfmModel.of(fitted.recencyEdges(), fitted.monetaryEdges(), fitted.frequencyKeys(),
                fitted.populationSize());

        assertThat(fitted.knowsFittedPopulation()).isTrue();
        assertThat(restored.knowsFittedPopulation()).isFalse();
        // the lowest F of each frequency, as above, also for the fitted ids
        long[] frequencies = {1, 1, 1, 2, 2, 3, 3, 3, 4, 5};
        int[] byValue = {1, 1, 1, 2, 2, 3, 3, 3, 5, 5};
        for (int id = 1; id <= 10; id++) {
            assertThat(f(restored, id, frequencies[id - 1])).as("customer %s", id).isEqualTo(byValue[id - 1]);
        }
        assertThat(f(restored, 100, 3)).isEqualTo(3);
    }

    @Test
    void should_label_an_unknown_customer_by_value_through_the_classifier_and_its_restored_fit() {
        List<TestValues> population = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            population.add(TestValues.of(id, "recency", 10 * id, "frequency", 1, "monetary", 5 * id));
        }
        Map<String, Object> settings = Map.of("label", "f");
        FittedClassifier fitted = ClassifierRegistry.create("rfm", settings).fit(population);
        FittedClassifier restored = ClassifierRegistry.restore("rfm", settings, fitted.parameters());
        TestValues newcomer = TestValues.of(6, "recency", 1, "frequency", 1, "monetary", 7);

        assertThat(fitted.apply(population.get(4))).isEqualTo(Label.of("5"));
        assertThat(fitted.apply(newcomer)).isEqualTo(Label.of("1"));
        assertThat(restored.apply(newcomer)).isEqualTo(Label.of("1"));
        assertThat(restored.apply(population.get(4))).as("restored: by value").isEqualTo(Label.of("1"));
    }
}
