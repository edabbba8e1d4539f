package io.github.segmentkit.classifiers.behavioral.kmeans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.behavioral.kmeans}, compiled and run in the package of their classes.
 * The populations are two groups of identical customers, so the clusters and centroids are known without running
 * k-means. Checked by {@code JavadocExamplesTest}.
 */
class KMeansSnippetsTest {
    /** Three big spenders (monetary 999) and three small ones (monetary 9), recent and lapsed. */
    private static final List<MapValues> POPULATION = List.of(
            rfm(1, 20, 999), rfm(1, 20, 999), rfm(1, 20, 999), rfm(99, 1, 9), rfm(99, 1, 9), rfm(99, 1, 9));

    private static MapValues rfm(long recency, long frequency, long monetary) {
        return MapValues.of("recency", recency, "frequency", frequency, "monetary", monetary);
    }

    @Test
    void should_give_centroids_in_the_inputs_units() {
        FittedKMeansClassifier fitted = new KMeansClassifier(KMeansConfig.of(List.of("recency", "frequency",
                "monetary"))).fit(POPULATION);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/kmeans/FittedKMeansClassifier.java
        List<double[]> centres = fitted.centroidsInInputUnits();   // cluster_1 first, in the inputs' units

        // clusters ordered by the last input (monetary), descending: the big spenders are cluster_1
        assertThat(centres).hasSize(2);
        assertThat(centres.get(0)).containsExactly(new double[] {1, 20, 999}, within(1e-9));
        assertThat(centres.get(1)).containsExactly(new double[] {99, 1, 9}, within(1e-9));
    }

    @Test
    void should_choose_k_by_silhouette_and_label_the_nearest_cluster() {
        List<MapValues> population = POPULATION;
        AttributeValues customer = rfm(90, 2, 12);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/kmeans/KMeansClassifier.java
        FittedKMeansClassifier clusters = new KMeansClassifier(KMeansConfig.of(List.of("recency", "frequency",
                "monetary"))).fit(population);
        clusters.silhouette();        // e.g. OptionalDouble[0.41]
        clusters.apply(customer);     // e.g. "cluster_2"

        // every customer sits on its own centroid, so a = 0 and each silhouette is (b - 0) / b = 1
        assertThat(clusters.k()).isEqualTo(2);
        assertThat(clusters.silhouette().orElseThrow()).isCloseTo(1.0, within(1e-12));
        assertThat(clusters.apply(customer)).isEqualTo(Label.of("cluster_2"));
    }

    @Test
    void should_create_k_means_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/kmeans/KMeansClassifierProvider.java
        Classifier clusters = ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("frequency", "monetary")));

        assertThat(clusters).isEqualTo(new KMeansClassifier(KMeansConfig.of(List.of("frequency", "monetary"))));
    }

    @Test
    void should_fix_k() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/kmeans/KMeansConfig.java
        KMeansConfig config = KMeansConfig.of(List.of("recency", "frequency", "monetary")).withK(4);

        assertThat(config.k()).isEqualTo(4);
        assertThat(config.orderBy()).isEqualTo("monetary");
    }

    @Test
    void should_average_the_silhouettes_of_the_points() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/kmeans/Silhouette.java
        double s = Silhouette.score(new double[][] {{0}, {2}, {10}}, new int[] {0, 0, 1}, 2, 2000, 42);  // 0.5167

        // 0: a = 2, b = 10, s = 0.8; 2: a = 2, b = 8, s = 0.75; 10 is alone in its cluster, s = 0
        assertThat(s).isCloseTo((0.8 + 0.75 + 0) / 3, within(1e-12));
    }
}
