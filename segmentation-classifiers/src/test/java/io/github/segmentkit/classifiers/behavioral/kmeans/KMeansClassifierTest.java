package io.github.segmentkit.classifiers.behavioral.kmeans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.behavioral.support.TestValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KMeansClassifierTest {
    private static List<TestValues> oneDimension(double... values) {
        List<TestValues> population = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            population.add(TestValues.of(i, "x", values[i]));
        }
        return population;
    }

    private static List<TestValues> threeBlobs() {
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        double[][] offsets = {{0, 0}, {1, 0}, {0, 1}, {-1, 0}, {0, -1}};
        List<TestValues> population = new ArrayList<>();
        for (double[] centre : centres) {
            for (double[] offset : offsets) {
                population.add(TestValues.of(population.size(), "a", centre[0] + offset[0], "b",
                        centre[1] + offset[1]));
            }
        }
        return population;
    }

    /** Independent silhouette, written from the definition with streams. */
    private static double silhouetteByHand(List<double[]> points, List<String> labels) {
        return IntStream.range(0, points.size()).mapToDouble(i -> {
            long own = labels.stream().filter(labels.get(i)::equals).count();
            if (own == 1) {
                return 0;
            }
            double a = IntStream.range(0, points.size()).filter(j -> j != i && labels.get(j).equals(labels.get(i)))
                    .mapToDouble(j -> distance(points.get(i), points.get(j))).sum() / (own - 1);
            double b = labels.stream().distinct().filter(l -> !l.equals(labels.get(i)))
                    .mapToDouble(l -> IntStream.range(0, points.size()).filter(j -> labels.get(j).equals(l))
                            .mapToDouble(j -> distance(points.get(i), points.get(j))).average().orElseThrow())
                    .min().orElseThrow();
            return (b - a) / Math.max(a, b);
        }).average().orElseThrow();
    }

    private static double distance(double[] p, double[] q) {
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    @Test
    void should_compute_the_silhouette_of_a_hand_worked_example() {
        // {0, 2} and {10}: s(0) = (10 - 2)/10 = 0.8, s(2) = (8 - 2)/8 = 0.75, s(10) = 0 (alone)
        double score = Silhouette.score(new double[][] {{0}, {2}, {10}}, new int[] {0, 0, 1}, 2, 2000, 1);

        assertThat(score).isCloseTo((0.8 + 0.75 + 0) / 3, within(1e-12));
    }

    @Test
    void should_find_two_obvious_clusters_and_order_them_by_centroid_descending() {
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("x")).withK(2).withLog1p(false));
        List<TestValues> population = oneDimension(1, 2, 3, 101, 102, 103);

        FittedKMeansClassifier fitted = classifier.fit(population);

        assertThat(fitted.applyAll(population)).extracting(Label::value)
                .containsExactly("cluster_2", "cluster_2", "cluster_2", "cluster_1", "cluster_1", "cluster_1");
        assertThat(fitted.centroidsInInputUnits().get(0)[0]).isCloseTo(102, within(1e-9));
        assertThat(fitted.centroidsInInputUnits().get(1)[0]).isCloseTo(2, within(1e-9));
        // z-scores: mean 52, sd = sqrt((2601 + 2500 + 2401) * 2 / 6); each point is 0 or 1/sd from its centroid
        double sd = Math.sqrt((2601 + 2500 + 2401) * 2 / 6.0);
        assertThat(fitted.inertia()).isCloseTo(4 / (sd * sd), within(1e-12));
    }

    @Test
    void should_choose_k_by_silhouette_and_report_it() {
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("a", "b")).withLog1p(false)
                .withOrderBy("a"));
        List<TestValues> population = threeBlobs();

        FittedKMeansClassifier fitted = classifier.fit(population);

        assertThat(fitted.k()).isEqualTo(3);
        List<String> labels = fitted.applyAll(population).stream().map(Label::value).toList();
        assertThat(labels.subList(5, 10)).containsOnly("cluster_1"); // the blob at a = 10
        assertThat(labels.subList(0, 5)).containsOnly(labels.get(0));
        assertThat(labels.subList(10, 15)).containsOnly(labels.get(10)).doesNotContain(labels.get(0));
        // standardising both axes scales them alike here (same spread), so the silhouette is that of the raw data
        List<double[]> raw = population.stream().map(c -> new double[] {(Double) c.get("a"), (Double) c.get("b")})
                .toList();
        assertThat(fitted.silhouette().orElseThrow()).isCloseTo(silhouetteByHand(raw, labels), within(1e-9));
    }

    @Test
    void should_give_the_same_clusters_for_the_same_seed() {
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("a", "b")).withK(4)
                .withSeed(7));

        assertThat(classifier.fit(threeBlobs()).parameters()).isEqualTo(classifier.fit(threeBlobs()).parameters());
    }

    @Test
    void should_handle_an_empty_population_a_single_customer_and_identical_customers() {
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("x")));

        FittedKMeansClassifier empty = classifier.fit(List.of());
        assertThat(empty.apply(TestValues.of(1, "x", 3.0)))
                .isEqualTo(Label.unclassified("no customer to fit the clusters to"));
        assertThat(empty.k()).isZero();

        FittedKMeansClassifier single = classifier.fit(oneDimension(5));
        assertThat(single.k()).isEqualTo(1);
        assertThat(single.silhouette()).isEmpty();
        assertThat(single.apply(TestValues.of(9, "x", 1000.0))).isEqualTo(Label.of("cluster_1"));

        FittedKMeansClassifier identical = new KMeansClassifier(KMeansConfig.of(List.of("x")).withK(3))
                .fit(oneDimension(4, 4, 4, 4));
        assertThat(identical.k()).isEqualTo(1);
        assertThat(identical.labels()).containsExactly("cluster_1", Label.UNCLASSIFIED);
    }

    @Test
    void should_leave_customers_with_missing_or_impossible_values_unclassified_and_out_of_the_fit() {
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("x")).withK(2));
        List<TestValues> population = new ArrayList<>(oneDimension(1, 2, 50, 60));
        population.add(TestValues.of(10, "x", null));
        population.add(TestValues.of(11, "x", -1.0));

        FittedKMeansClassifier fitted = classifier.fit(population);

        assertThat(fitted.apply(population.get(4))).isEqualTo(Label.unclassified("'x' is missing"));
        assertThat(fitted.apply(population.get(5)))
                .isEqualTo(Label.unclassified("x must be greater than -1 for log1p, was -1.0"));
        assertThat(fitted.parameters()).containsEntry("populationSize", 4L);
    }

    @Test
    void should_round_trip_settings_and_parameters_through_data_with_non_latin_names() {
        KMeansClassifier classifier = new KMeansClassifier(KMeansConfig.of(List.of("خریداری", "ఖర్చు"))
                .withOutput("گروہ", "گروہ_"));
        List<TestValues> population = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            population.add(TestValues.of(i, "خریداری", (double) (i % 7), "ఖర్చు", (double) (i * i % 23)));
        }
        FittedKMeansClassifier fitted = classifier.fit(population);

        FittedClassifier restored = ClassifierRegistry.restore("kmeans", classifier.settings(),
                fitted.parameters());

        assertThat(ClassifierRegistry.create("kmeans", classifier.settings())).isEqualTo(classifier);
        assertThat(restored.parameters()).isEqualTo(fitted.parameters());
        assertThat(restored.applyAll(population)).isEqualTo(fitted.applyAll(population));
        assertThat(fitted.labels().get(0)).isEqualTo("گروہ_1");
    }

    @Test
    void should_reject_bad_settings_and_parameters_naming_the_key() {
        assertThatThrownBy(() -> ClassifierRegistry.create("kmeans", Map.of()))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'inputs': is required");
        assertThatThrownBy(() -> ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("a"), "k", 99)))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'k': must be in 0..50, was 99");
        assertThatThrownBy(() -> ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("a"),
                "orderBy", "b"))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("orderBy must be one of the inputs [a], was 'b'");
        assertThatThrownBy(() -> ClassifierRegistry.restore("kmeans", Map.of("inputs", List.of("a")),
                Map.of("populationSize", 3, "means", List.of(1.0, 2.0), "deviations", List.of(1.0),
                        "centroids", List.of(List.of(0.0)), "inertia", 0.0)))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("'means': must hold 1 numbers (one per input), holds 2");
    }

    @Test
    void should_refuse_an_input_whose_spread_overflows_instead_of_dropping_it() {
        // 1e300 squared overflows: the deviation became infinite and every z-score 0, so 'x' was ignored silently
        var kmeans = ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("x"), "k", 2, "log1p", false));

        assertThatThrownBy(() -> kmeans.fit(oneDimension(-1e300, -1e300, 1e300, 1e300)))
                .isInstanceOf(SpreadOverflowException.class)
                .hasMessage("k-means cannot standardise input 'x': its standard deviation overflows a double (values"
                        + " from -1.0E300 to 1.0E300); rescale the input or turn log1p on")
                .extracting(e -> ((SpreadOverflowException) e).input()).isEqualTo("x");
        // values near the top of the range overflow the sum, and so the mean
        assertThatThrownBy(() -> kmeans.fit(oneDimension(Double.MAX_VALUE, Double.MAX_VALUE, 0)))
                .isInstanceOf(SpreadOverflowException.class).hasMessageContaining("its mean overflows");
    }

    @Test
    void should_still_cluster_on_a_wide_spread_that_does_not_overflow() {
        var kmeans = ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("x"), "k", 2, "log1p", false));
        FittedClassifier fitted = kmeans.fit(oneDimension(-1e150, -1e150, 1e150, 1e150));

        assertThat(fitted.apply(TestValues.of(9, "x", -1e150))).isNotEqualTo(fitted.apply(TestValues.of(9, "x",
                1e150)));
    }

    @Test
    void should_word_the_overflow_as_its_javadoc_shows() {
        var kmeans = ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("balance"), "log1p", false));

        assertThatThrownBy(() -> kmeans.fit(oneDimension(-1e300, 1e300).stream()
                .map(v -> TestValues.of(v.id(), "balance", v.get("x"))).toList()))
                .hasMessage(String.join("",
                        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/kmeans/SpreadOverflowException.java
                        // "k-means cannot standardise input 'balance': its standard deviation overflows a double (values from -1.0E300
                        // to 1.0E300); rescale the input or turn log1p on"
                        "k-means cannot standardise input 'balance': its standard deviation overflows a double (values",
                        " from -1.0E300 to 1.0E300); rescale the input or turn log1p on"));
    }
}
