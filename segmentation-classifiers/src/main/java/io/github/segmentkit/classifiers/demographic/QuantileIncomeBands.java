package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Labels;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Income quantile bands with their edges learned: a customer's band is the smallest k with
 * {@code income <= e(k)} ({@link Type7Quantile#band}). Parameters: {@code {"edges": [e0, …, eq]}}, empty when the
 * fit population had no income (then everyone is unclassified).
 *
 * <pre>{@code
 * FittedClassifier fitted = IncomeBands.quantiles("income", "income_q", 4).fit(population);
 * fitted.parameters();   // {edges=[12000.0, 30500.0, 51000.0, 78250.0, 250000.0]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantileIncomeBands implements FittedClassifier {
    private final IncomeBands classifier;
    private final double[] edges;
    private final List<String> labels;

    /**
     * @param classifier the quantile-mode classifier
     * @param edges      its q + 1 edges, ascending, or null when there was nothing to fit
     */
    QuantileIncomeBands(IncomeBands classifier, double[] edges) {
        this.classifier = classifier;
        this.edges = edges == null ? null : edges.clone();
        this.labels = Labels.withUnclassified(classifier.bandLabels());
    }

    /** Rebuilds the fitted bands from {@link #parameters()}. */
    static QuantileIncomeBands restore(IncomeBands classifier, List<Double> edges) {
        if (edges.isEmpty()) {
            return new QuantileIncomeBands(classifier, null);
        }
        if (edges.size() != classifier.quantiles() + 1) {
            throw new IllegalArgumentException(classifier.quantiles() + " quantile bands need "
                    + (classifier.quantiles() + 1) + " edges, got " + edges);
        }
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i) < edges.get(i - 1)) {
                throw new IllegalArgumentException("edges must be ascending: " + edges);
            }
        }
        return new QuantileIncomeBands(classifier, edges.stream().mapToDouble(Double::doubleValue).toArray());
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
        String input = classifier.input();
        Object income = customer.get(input);
        if (income == null) {
            return Labels.missing(input);
        }
        if (!(income instanceof Number number) || Double.isNaN(number.doubleValue())) {
            return Labels.wrongType(input, income, "a number");
        }
        if (edges == null) {
            return Label.unclassified("the fit population had no '" + input + "' value, so there are no edges");
        }
        return Label.of(labels.get(Type7Quantile.band(edges, number.doubleValue()) - 1));
    }

    /** The learned edges e0..eq (a copy), or an empty array when nothing was fitted. */
    public double[] edges() {
        return edges == null ? new double[0] : edges.clone();
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("edges", edges == null ? List.of() : Arrays.stream(edges).boxed().toList());
    }

    @Override
    public String toString() {
        return "income quantile bands " + Arrays.toString(edges);
    }
}
