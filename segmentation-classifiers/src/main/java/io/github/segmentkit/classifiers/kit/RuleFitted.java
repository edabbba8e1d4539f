package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fitted form of a classifier that applies one rule: with nothing learned (fixed age bands, a mapping table, a
 * country lookup), or with a few learned values that the rule closes over and that are saved as its parameters
 * (geohash cells seen in the population). Its {@link #parameters()} carry the format version
 * ({@link FittedParameters}).
 *
 * <pre>{@code
 * // in a classifier's fit(population)
 * FittedClassifier fixed = new RuleFitted(this, List.of("young", "old"), values -> Label.of("young"));
 * FittedClassifier learned = new RuleFitted(this, cells, Map.of("cells", cells), values -> Label.of(cells.get(0)));
 * learned.parameters();   // {formatVersion=1, cells=[u09tv]} when cells is [u09tv]
 * }</pre>
 *
 * <p>Immutable and thread-safe when the rule is.
 */
public final class RuleFitted implements FittedClassifier {
    private final Classifier classifier;
    private final List<String> labels;
    private final Map<String, Object> parameters;
    private final Function<AttributeValues, Label> rule;

    /**
     * A rule that learned nothing.
     *
     * @param classifier the classifier applied
     * @param labels     every label the rule can give, without {@value Label#UNCLASSIFIED} (it is added last)
     * @param rule       the rule; never returns null
     */
    public RuleFitted(Classifier classifier, List<String> labels, Function<AttributeValues, Label> rule) {
        this(classifier, labels, Map.of(), rule);
    }

    /**
     * A rule closing over learned values.
     *
     * @param classifier the classifier applied
     * @param labels     every label the rule can give, without {@value Label#UNCLASSIFIED} (it is added last)
     * @param learned    the learned values as data, which the provider reads back to rebuild the rule
     * @param rule       the rule; never returns null
     */
    public RuleFitted(Classifier classifier, List<String> labels, Map<String, Object> learned,
            Function<AttributeValues, Label> rule) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.labels = Labels.withUnclassified(labels);
        this.parameters = FittedParameters.of(learned);
        this.rule = Objects.requireNonNull(rule, "rule");
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
        return rule.apply(customer);
    }

    /** The format version and the learned values, if any. */
    @Override
    public Map<String, Object> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return classifier.type() + " -> " + classifier.output();
    }
}
