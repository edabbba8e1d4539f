package io.github.segmentkit.classifiers.behavioral.kmeans;

import io.github.segmentkit.classifiers.kit.AbstractClassifierProvider;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.List;

/**
 * Registers the {@code "kmeans"} classifier with {@link java.util.ServiceLoader}; settings as in
 * {@link KMeansConfig}, parameters as in {@link FittedKMeansClassifier}.
 *
 * <pre>{@code
 * Classifier clusters = ClassifierRegistry.create("kmeans", Map.of("inputs", List.of("frequency", "monetary")));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class KMeansClassifierProvider extends AbstractClassifierProvider<KMeansClassifier> {
    /** The provider ServiceLoader instantiates. */
    public KMeansClassifierProvider() {
        super(KMeansConfig.TYPE, settings -> new KMeansClassifier(KMeansConfig.fromSettings(settings)));
    }

    /** Rebuilds the standardisation and centroids. */
    @Override
    protected FittedKMeansClassifier restore(KMeansClassifier classifier, Settings data) {
        data.allowOnly("populationSize", "means", "deviations", "centroids", "inertia", "silhouette");
        long size = data.integer("populationSize", 0, Long.MAX_VALUE);
        if (size == 0) {
            return new FittedKMeansClassifier(classifier, null, null, Double.NaN, 0, 0);
        }
        int dimensions = classifier.inputs().size();
        double[] means = doubles(data, "means", data.list("means"), dimensions);
        double[] deviations = doubles(data, "deviations", data.list("deviations"), dimensions);
        List<?> rows = data.list("centroids");
        if (rows.isEmpty()) {
            throw data.problem("centroids", "must hold at least one centroid");
        }
        double[][] centroids = new double[rows.size()][];
        for (int c = 0; c < rows.size(); c++) {
            if (!(rows.get(c) instanceof List<?> row)) {
                throw data.problem("centroids", "must be a list of lists, holds " + rows.get(c));
            }
            centroids[c] = doubles(data, "centroids", row, dimensions);
        }
        double silhouette = data.has("silhouette") ? data.number("silhouette") : Double.NaN;
        return new FittedKMeansClassifier(classifier, new Standardiser(classifier.config().log1p(), means,
                deviations), centroids, silhouette, data.number("inertia"), size);
    }

    private static double[] doubles(Settings data, String key, List<?> values, int dimensions) {
        if (values.size() != dimensions) {
            throw data.problem(key, "must hold " + dimensions + " numbers (one per input), holds " + values.size());
        }
        double[] result = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            Object value = values.get(d);
            if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                throw data.problem(key, "must hold finite numbers, holds " + value);
            }
            result[d] = number.doubleValue();
        }
        return result;
    }
}
