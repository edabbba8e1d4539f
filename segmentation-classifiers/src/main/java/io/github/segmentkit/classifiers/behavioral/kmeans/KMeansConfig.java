package io.github.segmentkit.classifiers.behavioral.kmeans;

import io.github.segmentkit.classifiers.kit.ClassifierLimits;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration of the {@code kmeans} classifier: which numeric attributes to cluster, how many clusters (or 0
 * to pick k in 2..10 by the highest mean silhouette, the smaller k on a tie), the seed, restarts and iteration
 * limit, the attribute whose centroid orders the clusters (descending: {@code cluster_1} has the largest), whether
 * to apply {@code log1p} before standardising, the silhouette sample size, and the label prefix.
 *
 * <p>As data: {@code {"inputs": ["recency", "frequency", "monetary"], "output": "cluster", "k": 0, "seed": 42,
 * "restarts": 10, "maxIterations": 300, "orderBy": "monetary", "log1p": true, "silhouetteSampleSize": 2000,
 * "labelPrefix": "cluster_"}}.
 *
 * <pre>{@code
 * KMeansConfig config = KMeansConfig.of(List.of("recency", "frequency", "monetary")).withK(4);
 * }</pre>
 *
 * @param inputs               the numeric attributes, 1..{@value ClassifierLimits#MAX_INPUTS}, distinct
 * @param output               the derived attribute
 * @param k                    the number of clusters, 1..{@value ClassifierLimits#MAX_CLUSTERS}, or 0 to choose in
 *                             2..10 by silhouette
 * @param seed                 the random seed; restart r uses {@code seed + r}
 * @param restarts             seeded restarts, 1..100; the lowest inertia is kept
 * @param maxIterations        Lloyd iterations at most, 1..10000
 * @param orderBy              an input whose centroid orders the clusters, descending
 * @param log1p                apply {@code log1p} before standardising (inputs must then be &gt; -1)
 * @param silhouetteSampleSize the most points the silhouette is computed on, 2..20000
 * @param labelPrefix          labels are this prefix followed by 1..k
 */
public record KMeansConfig(List<String> inputs, String output, int k, long seed, int restarts, int maxIterations,
        String orderBy, boolean log1p, int silhouetteSampleSize, String labelPrefix) {
    static final String TYPE = "kmeans";
    /** The k range searched when k is 0. */
    public static final int MIN_AUTO_K = 2;
    /** The k range searched when k is 0. */
    public static final int MAX_AUTO_K = 10;
    private static final Set<String> KEYS = Set.of("inputs", "output", "k", "seed", "restarts", "maxIterations",
            "orderBy", "log1p", "silhouetteSampleSize", "labelPrefix");

    public KMeansConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(labelPrefix, "labelPrefix");
        if (inputs.isEmpty() || inputs.size() > ClassifierLimits.MAX_INPUTS
                || Set.copyOf(inputs).size() != inputs.size()) {
            throw new IllegalArgumentException("k-means needs 1.." + ClassifierLimits.MAX_INPUTS
                    + " distinct inputs, got " + inputs);
        }
        check("k", k, 0, ClassifierLimits.MAX_CLUSTERS);
        check("restarts", restarts, 1, 100);
        check("maxIterations", maxIterations, 1, 10_000);
        check("silhouetteSampleSize", silhouetteSampleSize, 2, 20_000);
        if (!inputs.contains(orderBy)) {
            throw new IllegalArgumentException("orderBy must be one of the inputs " + inputs + ", was '" + orderBy
                    + "'");
        }
        if (labelPrefix.isBlank() || labelPrefix.length() > 50) {
            throw new IllegalArgumentException("labelPrefix must be 1..50 characters, not blank: '" + labelPrefix
                    + "'");
        }
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }

    /** Defaults for these inputs: output {@code cluster}, k chosen by silhouette, seed 42, 10 restarts, 300
     * iterations, ordered by the last input, log1p on, silhouette on at most 2000 points, labels
     * {@code cluster_1..k}. */
    public static KMeansConfig of(List<String> inputs) {
        return new KMeansConfig(inputs, "cluster", 0, 42, 10, 300, inputs.isEmpty() ? "" : inputs.get(
                inputs.size() - 1), true, 2000, "cluster_");
    }

    /** This configuration with a fixed k (0 to choose by silhouette). */
    public KMeansConfig withK(int clusters) {
        return new KMeansConfig(inputs, output, clusters, seed, restarts, maxIterations, orderBy, log1p,
                silhouetteSampleSize, labelPrefix);
    }

    /** This configuration with another seed. */
    public KMeansConfig withSeed(long other) {
        return new KMeansConfig(inputs, output, k, other, restarts, maxIterations, orderBy, log1p,
                silhouetteSampleSize, labelPrefix);
    }

    /** This configuration ordering clusters by another input. */
    public KMeansConfig withOrderBy(String input) {
        return new KMeansConfig(inputs, output, k, seed, restarts, maxIterations, input, log1p,
                silhouetteSampleSize, labelPrefix);
    }

    /** This configuration with or without {@code log1p}. */
    public KMeansConfig withLog1p(boolean on) {
        return new KMeansConfig(inputs, output, k, seed, restarts, maxIterations, orderBy, on,
                silhouetteSampleSize, labelPrefix);
    }

    /** This configuration with another output attribute and label prefix. */
    public KMeansConfig withOutput(String name, String prefix) {
        return new KMeansConfig(inputs, name, k, seed, restarts, maxIterations, orderBy, log1p,
                silhouetteSampleSize, prefix);
    }

    /** The type name, {@code "kmeans"}. */
    public String type() {
        return TYPE;
    }

    /** The configuration as data. */
    public Map<String, Object> toSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inputs", inputs);
        settings.put("output", output);
        settings.put("k", (long) k);
        settings.put("seed", seed);
        settings.put("restarts", (long) restarts);
        settings.put("maxIterations", (long) maxIterations);
        settings.put("orderBy", orderBy);
        settings.put("log1p", log1p);
        settings.put("silhouetteSampleSize", (long) silhouetteSampleSize);
        settings.put("labelPrefix", labelPrefix);
        return settings;
    }

    /**
     * A configuration from data; {@code inputs} is required, other keys default as in {@link #of}.
     *
     * @throws io.github.segmentkit.api.DefinitionException naming the bad key and value
     */
    public static KMeansConfig fromSettings(Map<String, Object> data) {
        Settings settings = Settings.of(TYPE, data).allowOnly(KEYS);
        KMeansConfig defaults = of(settings.strings("inputs"));
        return settings.build("inputs", () -> new KMeansConfig(defaults.inputs(),
                settings.string("output", defaults.output()),
                (int) settings.integer("k", 0, ClassifierLimits.MAX_CLUSTERS, 0),
                settings.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, 42),
                (int) settings.integer("restarts", 1, 100, 10),
                (int) settings.integer("maxIterations", 1, 10_000, 300),
                settings.string("orderBy", defaults.orderBy()), settings.bool("log1p", true),
                (int) settings.integer("silhouetteSampleSize", 2, 20_000, 2000),
                settings.string("labelPrefix", defaults.labelPrefix())));
    }
}
