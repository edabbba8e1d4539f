package io.github.segmentkit.classifiers.behavioral.kmeans;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.FittedParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The {@code kmeans} classifier with its standardisation and centroids learned: labels a customer with its nearest
 * centroid (the lower-numbered cluster on an exact tie), exactly as the fit labelled the population.
 *
 * <p>Parameters as data: {@code {"formatVersion": 1, "populationSize": 878, "means": [...], "deviations": [...], "centroids": [[...],
 * ...], "inertia": 812.4, "silhouette": 0.41}} (means and deviations after log1p; centroids in z-scores;
 * silhouette absent when k &lt; 2).
 *
 * <pre>{@code
 * List<double[]> centres = fitted.centroidsInInputUnits();   // cluster_1 first, in the inputs' units
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FittedKMeansClassifier implements FittedClassifier {
    private final KMeansClassifier classifier;
    private final Standardiser standardiser;
    private final double[][] centroids;
    private final double silhouette;
    private final double inertia;
    private final long populationSize;

    FittedKMeansClassifier(KMeansClassifier classifier, Standardiser standardiser, double[][] centroids,
            double silhouette, double inertia, long populationSize) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.standardiser = standardiser;
        this.centroids = centroids == null ? null : Arrays.stream(centroids).map(double[]::clone)
                .toArray(double[][]::new);
        this.silhouette = silhouette;
        this.inertia = inertia;
        this.populationSize = populationSize;
    }

    @Override
    public KMeansClassifier classifier() {
        return classifier;
    }

    /** The number of clusters; 0 after fitting no customer. */
    public int k() {
        return centroids == null ? 0 : centroids.length;
    }

    /** The mean silhouette of the fit; empty when k &lt; 2 or nothing was fitted. */
    public OptionalDouble silhouette() {
        return Double.isNaN(silhouette) ? OptionalDouble.empty() : OptionalDouble.of(silhouette);
    }

    /** The sum of squared z-score distances of the fitted customers to their centroids. */
    public double inertia() {
        return inertia;
    }

    /** The centroids in the inputs' own units ({@code expm1} undoes {@code log1p}), cluster 1 first. */
    public List<double[]> centroidsInInputUnits() {
        List<double[]> centres = new ArrayList<>();
        if (centroids != null) {
            for (double[] centroid : centroids) {
                centres.add(standardiser.inverse(centroid));
            }
        }
        return centres;
    }

    String labelOf(int cluster) {
        return classifier.config().labelPrefix() + (cluster + 1);
    }

    @Override
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int cluster = 0; cluster < k(); cluster++) {
            labels.add(labelOf(cluster));
        }
        labels.add(Label.UNCLASSIFIED);
        return labels;
    }

    @Override
    public Label apply(AttributeValues customer) {
        Objects.requireNonNull(customer, "customer");
        Object read = classifier.read(customer);
        if (!(read instanceof double[] row)) {
            return Label.unclassified((String) read);
        }
        if (centroids == null) {
            return Label.unclassified("no customer to fit the clusters to");
        }
        return Label.of(labelOf(Lloyd.nearest(standardiser.transform(row), centroids)));
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("populationSize", populationSize);
        if (centroids == null) {
            return FittedParameters.of(parameters);
        }
        parameters.put("means", list(standardiser.means()));
        parameters.put("deviations", list(standardiser.deviations()));
        parameters.put("centroids", Arrays.stream(centroids).map(c -> (Object) list(c)).toList());
        parameters.put("inertia", inertia);
        if (!Double.isNaN(silhouette)) {
            parameters.put("silhouette", silhouette);
        }
        return FittedParameters.of(parameters);
    }

    private static List<Object> list(double[] values) {
        return Arrays.stream(values).mapToObj(v -> (Object) v).toList();
    }

    @Override
    public String toString() {
        return "FittedKMeansClassifier[k=" + k() + ", silhouette=" + silhouette + ", inertia=" + inertia + "]";
    }
}
