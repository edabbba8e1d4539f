package io.github.segmentkit.classifiers.behavioral.kmeans;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.NumericReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * k-means clustering as a classifier (type {@code "kmeans"}): numeric attributes, {@code log1p}-transformed (by
 * default) and standardised to z-scores with the population mean and standard deviation (ddof 0), are clustered
 * with k-means++ seeding, Lloyd iterations and seeded restarts (see {@link KMeansConfig}). With k = 0 the k in
 * 2..10 with the highest mean {@link Silhouette} is chosen. Clusters are ordered by the centroid of
 * {@link KMeansConfig#orderBy()}, descending, and labelled {@code cluster_1..k}. The same seed gives the same
 * clusters.
 *
 * <pre>{@code
 * FittedKMeansClassifier clusters = new KMeansClassifier(KMeansConfig.of(List.of("recency", "frequency",
 *         "monetary"))).fit(population);
 * clusters.silhouette();        // e.g. OptionalDouble[0.41]
 * clusters.apply(customer);     // e.g. "cluster_2"
 * }</pre>
 *
 * <p>A customer with a missing input, or an input &le; -1 when {@code log1p} is on, is unclassified (with the
 * reason) and left out of the fit. A fixed k larger than the number of distinct points is reduced to it (with a
 * warning). Cost: each k tried runs {@code restarts} clusterings; the silhouette is quadratic in its sample size.
 *
 * <p>Immutable and thread-safe.
 *
 * @param config the configuration
 */
public record KMeansClassifier(KMeansConfig config) implements Classifier {
    private static final Logger LOG = LoggerFactory.getLogger(KMeansClassifier.class);

    public KMeansClassifier {
        Objects.requireNonNull(config, "config");
    }

    @Override
    public String type() {
        return config.type();
    }

    @Override
    public List<String> inputs() {
        return config.inputs();
    }

    /** Numbers, named by {@code inputs}. */
    @Override
    public List<ClassifierInput> expectedInputs() {
        return config.inputs().stream().map(input -> ClassifierInput.numeric(input, "inputs")).toList();
    }

    @Override
    public String output() {
        return config.output();
    }

    @Override
    public Map<String, Object> settings() {
        return config.toSettings();
    }

    /**
     * The labels of {@code k} clusters, or with an automatic k those of the largest k it may choose
     * ({@value KMeansConfig#MAX_AUTO_K}), a bounded superset of what one fit gives.
     */
    @Override
    public Optional<List<String>> possibleLabels() {
        int largest = config.k() > 0 ? config.k() : KMeansConfig.MAX_AUTO_K;
        List<String> labels = new ArrayList<>();
        for (int cluster = 1; cluster <= largest; cluster++) {
            labels.add(config.labelPrefix() + cluster);
        }
        labels.add(Label.UNCLASSIFIED);
        return Optional.of(labels);
    }

    /**
     * Standardises and clusters the population.
     *
     * @throws SpreadOverflowException when an input's mean or standard deviation overflows a double
     */
    @Override
    public FittedKMeansClassifier fit(Iterable<? extends AttributeValues> population) {
        return fitInBulk(population).fitted();
    }

    /** Fits and returns the population's labels from the clustering itself (what apply must agree with). */
    Bulk fitInBulk(Iterable<? extends AttributeValues> population) {
        Objects.requireNonNull(population, "population");
        List<double[]> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (AttributeValues customer : population) {
            Object read = read(customer);
            if (read instanceof double[] row) {
                positions.add(labels.size());
                rows.add(row);
                labels.add(null);
            } else {
                labels.add(Label.unclassified((String) read));
            }
        }
        if (rows.isEmpty()) {
            return new Bulk(new FittedKMeansClassifier(this, null, null, Double.NaN, 0, 0), labels);
        }
        double[][] raw = rows.toArray(new double[0][]);
        Standardiser standardiser = Standardiser.fit(raw, config.log1p(), config.inputs());
        double[][] points = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            points[i] = standardiser.transform(raw[i]);
        }
        Choice choice = choose(points);
        Lloyd.Clustering ordered = ordered(choice.clustering());
        FittedKMeansClassifier fitted = new FittedKMeansClassifier(this, standardiser, ordered.centroids(),
                choice.silhouette(), ordered.inertia(), raw.length);
        for (int i = 0; i < positions.size(); i++) {
            labels.set(positions.get(i), Label.of(fitted.labelOf(ordered.assignments()[i])));
        }
        return new Bulk(fitted, labels);
    }

    private Choice choose(double[][] points) {
        int distinct = distinctPoints(points);
        if (config.k() > 0) {
            int k = Math.min(config.k(), distinct);
            if (k < config.k()) {
                LOG.warn("k-means: k = {} but only {} distinct points; using k = {}", config.k(), distinct, k);
            }
            Lloyd.Clustering clustering = cluster(points, k);
            return new Choice(clustering, k >= 2 ? silhouette(points, clustering, k) : Double.NaN);
        }
        int highest = Math.min(KMeansConfig.MAX_AUTO_K, distinct);
        if (highest < KMeansConfig.MIN_AUTO_K) {
            return new Choice(cluster(points, 1), Double.NaN);
        }
        Choice best = null;
        for (int k = KMeansConfig.MIN_AUTO_K; k <= highest; k++) {
            Lloyd.Clustering clustering = cluster(points, k);
            double score = silhouette(points, clustering, k);
            if (best == null || score > best.silhouette()) {
                best = new Choice(clustering, score);
            }
        }
        return best;
    }

    private Lloyd.Clustering cluster(double[][] points, int k) {
        return Lloyd.cluster(points, k, config.seed(), config.restarts(), config.maxIterations());
    }

    private double silhouette(double[][] points, Lloyd.Clustering clustering, int k) {
        return Silhouette.score(points, clustering.assignments(), k, config.silhouetteSampleSize(), config.seed());
    }

    private static int distinctPoints(double[][] points) {
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] point : points) {
            distinct.add(Arrays.stream(point).boxed().toList());
        }
        return distinct.size();
    }

    /** The clustering with clusters renumbered by the orderBy centroid, descending (then other coordinates). */
    private Lloyd.Clustering ordered(Lloyd.Clustering clustering) {
        double[][] centroids = clustering.centroids();
        int key = config.inputs().indexOf(config.orderBy());
        Integer[] order = new Integer[centroids.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int byKey = Double.compare(centroids[b][key], centroids[a][key]);
            for (int d = 0; byKey == 0 && d < centroids[a].length; d++) {
                byKey = Double.compare(centroids[b][d], centroids[a][d]);
            }
            return byKey != 0 ? byKey : Integer.compare(a, b);
        });
        int[] rank = new int[centroids.length];
        double[][] sorted = new double[centroids.length][];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
            sorted[position] = centroids[order[position]];
        }
        int[] assignments = Arrays.stream(clustering.assignments()).map(c -> rank[c]).toArray();
        return new Lloyd.Clustering(sorted, assignments, clustering.inertia());
    }

    /** The raw input row, or why there is none (a {@code String}). */
    Object read(AttributeValues customer) {
        double[] row = new double[config.inputs().size()];
        for (int d = 0; d < row.length; d++) {
            String input = config.inputs().get(d);
            NumericReading reading = NumericReading.of(customer, input);
            if (!reading.isPresent()) {
                return reading.problem();
            }
            row[d] = reading.value().doubleValue();
            if (config.log1p() && row[d] <= -1) {
                return input + " must be greater than -1 for log1p, was " + reading.value();
            }
        }
        return row;
    }

    private record Choice(Lloyd.Clustering clustering, double silhouette) {
    }

    /** A fit with the labels the clustering gave the population, in population order. */
    record Bulk(FittedKMeansClassifier fitted, List<Label> labels) {
    }
}
