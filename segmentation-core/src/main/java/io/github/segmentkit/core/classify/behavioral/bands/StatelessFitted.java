package io.github.segmentkit.core.classify.behavioral.bands;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fitted form of a classifier that learns nothing from the population (fixed bands): it applies a rule and has
 * no parameters.
 *
 * <p>Immutable and thread-safe when the rule is.
 */
final class StatelessFitted implements FittedClassifier {
    private final Classifier classifier;
    private final List<String> labels;
    private final Function<AttributeValues, Label> rule;

    StatelessFitted(Classifier classifier, List<String> labels, Function<AttributeValues, Label> rule) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.labels = List.copyOf(labels);
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
        return rule.apply(Objects.requireNonNull(customer, "customer"));
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public String toString() {
        return "Fitted" + classifier;
    }
}
