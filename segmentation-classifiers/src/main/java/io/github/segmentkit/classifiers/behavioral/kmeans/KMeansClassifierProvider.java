package io.github.segmentkit.classifiers.behavioral.kmeans;

import io.github.segmentkit.api.classify.ClassifierProvider;
import io.github.segmentkit.classifiers.behavioral.ClassifierSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
public final class KMeansClassifierProvider implements ClassifierProvider {
    @Override
    public String type() {
        return KMeansConfig.TYPE;
    }

    @Override
    public KMeansClassifier create(Map<String, Object> settings) {
        return new KMeansClassifier(KMeansConfig.fromSettings(settings));
    }

    @Override
    public FittedKMeansClassifier restore(Map<String, Object> settings, Map<String, Object> parameters) {
        KMeansClassifier classifier = create(settings);
        ClassifierSettings data = ClassifierSettings.parameters(type(), parameters,
                Set.of("populationSize", "means", "deviations", "centroids", "inertia", "silhouette"));
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
        double silhouette = data.has("silhouette") ? data.decimal("silhouette").doubleValue() : Double.NaN;
        return new FittedKMeansClassifier(classifier, new Standardiser(classifier.config().log1p(), means,
                deviations), centroids, silhouette, data.decimal("inertia").doubleValue(), size);
    }

    private static double[] doubles(ClassifierSettings data, String key, List<?> values, int dimensions) {
        if (values.size() != dimensions) {
            throw data.problem(key, "must hold " + dimensions + " numbers (one per input), holds " + values.size());
        }
        double[] result = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            Object value = values.get(d);
            if (!(value instanceof Number number)) {
                throw data.problem(key, "must hold numbers, holds " + value);
            }
            result[d] = number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
            if (!Double.isFinite(result[d])) {
                throw data.problem(key, "must hold finite numbers, holds " + value);
            }
        }
        return result;
    }
}
