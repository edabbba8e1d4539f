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
 * The fitted form of a classifier that learns nothing from the population (fixed age bands, a mapping table, a
 * country lookup): it applies one rule and has no parameters.
 *
 * <pre>{@code
 * FittedClassifier fitted = new RuleFitted(this, labels, values -> Label.of("x"));
 * }</pre>
 *
 * <p>Immutable and thread-safe when the rule is.
 */
public final class RuleFitted implements FittedClassifier {
    private final Classifier classifier;
    private final List<String> labels;
    private final Function<AttributeValues, Label> rule;

    /**
     * @param classifier the classifier applied
     * @param labels     every label the rule can give, without {@value Label#UNCLASSIFIED} (it is added last)
     * @param rule       the rule; never returns null
     */
    public RuleFitted(Classifier classifier, List<String> labels, Function<AttributeValues, Label> rule) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.labels = Labels.withUnclassified(labels);
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

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public String toString() {
        return classifier.type() + " -> " + classifier.output();
    }
}
