package io.github.segmentkit.live;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A population-relative classifier small enough to compute by hand: "high" at or above the median of a number
 * (the lower median of an even count), "low" below it, unclassified when the number is missing. With
 * {@code failing}, every fit throws (for the tests of a refit that fails).
 */
record MedianSplit(String input, String output, boolean failing) implements Classifier {
    @Override
    public String type() {
        return "median-split";
    }

    @Override
    public List<String> inputs() {
        return List.of(input);
    }

    @Override
    public String output() {
        return output;
    }

    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(List.of("high", "low", Label.UNCLASSIFIED));
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("input", input, "output", output);
    }

    @Override
    public Fitted fit(Iterable<? extends AttributeValues> population) {
        if (failing) {
            throw new IllegalStateException("this median split always fails to fit");
        }
        List<Double> values = new ArrayList<>();
        for (AttributeValues customer : population) {
            if (customer.get(input) instanceof Number number) {
                values.add(number.doubleValue());
            }
        }
        Collections.sort(values);
        return new Fitted(this, values.isEmpty() ? Double.NaN : values.get((values.size() - 1) / 2));
    }

    /** The fitted split: the median learned. */
    record Fitted(MedianSplit classifier, double median) implements FittedClassifier {
        @Override
        public List<String> labels() {
            return classifier.possibleLabels().orElseThrow();
        }

        @Override
        public Label apply(AttributeValues customer) {
            Object value = customer.get(classifier.input());
            if (!(value instanceof Number number) || Double.isNaN(median)) {
                return Label.unclassified("no " + classifier.input() + " or no median");
            }
            return Label.of(number.doubleValue() >= median ? "high" : "low");
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("median", median);
        }
    }
}
