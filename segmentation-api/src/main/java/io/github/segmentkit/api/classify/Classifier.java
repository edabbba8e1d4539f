package io.github.segmentkit.api.classify;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.CategoricalAttribute;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configured classifier: turns customer data into a label (an age band, an RFM segment, a persona, a region).
 * Its life cycle has two steps: {@link #fit} learns what depends on the population (quantile edges, centroids,
 * means) and returns an immutable {@link FittedClassifier}, which then labels customers. Classifiers that need no
 * population (fixed age bands) return a fitted classifier that ignores it.
 *
 * <p>The label becomes a derived categorical attribute named {@link #output()}, usable in criteria like any other
 * (see {@link io.github.segmentkit.api.schema.CustomerSchema#withClassifier}).
 *
 * <pre>{@code
 * Classifier ageBands = ClassifierRegistry.create("age-band", Map.of("age", "age", "output", "age_band"));
 * FittedClassifier fitted = ageBands.fit(population);
 * Label label = fitted.apply(schema.values(customer));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Classifier {
    /** The stable type name its {@link ClassifierProvider} is registered under, e.g. {@code "rfm"}. */
    String type();

    /** The attributes it reads. */
    List<String> inputs();

    /**
     * The attributes it reads with the kinds it can read, in the order of {@link #inputs()}; by default every kind.
     * Built-in classifiers say which kinds they read, so that {@code CustomerSchema.withClassifier} refuses an input
     * of the wrong kind (an age band over a categorical attribute) instead of labelling everyone unclassified.
     *
     * <pre>{@code
     * public List<ClassifierInput> expectedInputs() {
     *     return List.of(ClassifierInput.numeric(spend, "spend"));
     * }
     * }</pre>
     */
    default List<ClassifierInput> expectedInputs() {
        return inputs().stream().map(input -> ClassifierInput.anyKind(input, "inputs")).toList();
    }

    /** The name of the derived attribute holding its labels, e.g. {@code "age_band"}. */
    String output();

    /**
     * The typed handle of the derived attribute holding its labels, for criteria; the same attribute that
     * {@code CustomerSchema.withClassifier} adds, so a caller never re-types the output name.
     *
     * <pre>{@code
     * Criterion champions = rfm.outputAttribute().eq("champions");
     * }</pre>
     */
    default CategoricalAttribute outputAttribute() {
        return Attribute.ofCategorical(output());
    }

    /**
     * Every label a fit of this classifier can give, {@value Label#UNCLASSIFIED} included, when its settings bound
     * them before any fit: the bands of an age band, the groups of a mapping, the segments of an RFM segment map.
     * It may be a bounded superset of what one fit gives (k-means with an automatic k: the labels of the largest k).
     * Empty, the default, when only the population decides (geohash cells learned from it); then nothing is checked.
     * A definitions document that compares this classifier's output with a label outside the set is refused, with
     * the closest label as a hint.
     *
     * <pre>{@code
     * public Optional<List<String>> possibleLabels() {
     *     return Optional.of(List.of("minor", "adult", Label.UNCLASSIFIED));
     * }
     * }</pre>
     */
    default Optional<List<String>> possibleLabels() {
        return Optional.empty();
    }

    /**
     * Its configuration as data (strings, numbers, booleans, lists and maps of those), such that
     * {@code ClassifierRegistry.create(type(), settings())} builds an equal classifier.
     */
    Map<String, Object> settings();

    /**
     * Learns the population-dependent parameters. An empty population is allowed: the fitted classifier then
     * labels everyone {@value Label#UNCLASSIFIED} (with the reason) where it needs population statistics.
     */
    FittedClassifier fit(Iterable<? extends AttributeValues> population);
}
