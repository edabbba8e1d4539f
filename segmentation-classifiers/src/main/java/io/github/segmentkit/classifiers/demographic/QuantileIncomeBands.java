package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.FittedParameters;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.NumericReading;
import io.github.segmentkit.classifiers.kit.QuantileEdges;
import java.util.List;
import java.util.Map;

/**
 * Income quantile bands with their edges learned: a customer's band is the smallest k with
 * {@code income <= e(k)} ({@link QuantileEdges#bin}). Parameters: {@code {"formatVersion": 1, "edges": [e0, …,
 * eq]}}, each edge exact as text ({@code "30500"}, {@code "91/3"}); the edges are empty when the fit population had
 * no income (then everyone is unclassified).
 *
 * <pre>{@code
 * FittedClassifier fitted = IncomeBands.quantiles("income", "income_q", 4).fit(population);
 * fitted.parameters();   // {formatVersion=1, edges=[12000, 30500, 51000, 78250, 250000]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantileIncomeBands implements FittedClassifier {
    private final IncomeBands classifier;
    private final QuantileEdges edges;
    private final List<String> labels;

    /**
     * @param classifier the quantile-mode classifier
     * @param edges      its q + 1 edges, or null when there was nothing to fit
     */
    QuantileIncomeBands(IncomeBands classifier, QuantileEdges edges) {
        this.classifier = classifier;
        this.edges = edges;
        this.labels = Labels.withUnclassified(classifier.bandLabels());
    }

    /**
     * Rebuilds the fitted bands from the {@code edges} of {@link #parameters()} (texts or numbers).
     *
     * @throws IllegalArgumentException when the edges are not q + 1 ascending numbers
     */
    static QuantileIncomeBands restore(IncomeBands classifier, List<?> edges) {
        if (edges.isEmpty()) {
            return new QuantileIncomeBands(classifier, null);
        }
        if (edges.size() != classifier.quantiles() + 1) {
            throw new IllegalArgumentException(classifier.quantiles() + " quantile bands need "
                    + (classifier.quantiles() + 1) + " edges, got " + edges);
        }
        return new QuantileIncomeBands(classifier, QuantileEdges.parse(edges));
    }

    @Override
    public Classifier classifier() {
        return classifier;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public Label apply(AttributeValues customer) {
        NumericReading income = NumericReading.of(customer, classifier.input());
        if (!income.isPresent()) {
            return income.unclassified();
        }
        if (edges == null) {
            return Label.unclassified("the fit population had no '" + classifier.input()
                    + "' value, so there are no edges");
        }
        return Label.of(labels.get(edges.bin(income.value()) - 1));
    }

    /** The learned edges e0..eq as doubles (for display), or an empty array when nothing was fitted. */
    public double[] edges() {
        return edges == null ? new double[0]
                : edges.edges().stream().mapToDouble(io.github.segmentkit.classifiers.kit.QuantileEdge::doubleValue)
                        .toArray();
    }

    @Override
    public Map<String, Object> parameters() {
        return FittedParameters.of(Map.of("edges", edges == null ? List.of() : edges.toStrings()));
    }

    @Override
    public String toString() {
        return "income quantile bands " + (edges == null ? "[]" : edges.toStrings());
    }
}
