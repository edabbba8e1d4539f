package io.github.segmentkit.classifiers.demographic;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.Bands;
import io.github.segmentkit.classifiers.kit.Labels;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Family-size bands, type {@value #TYPE}. The size is the sum of the input attributes plus a constant (for example
 * adults + young children + teenagers, or 1 + partner + children); bands are whole-number lower bounds, by default
 * {@code 1, 2, 3-4, 5+}. A size below the first edge, a missing input or a non-number is
 * {@value Label#UNCLASSIFIED}, with the reason.
 *
 * <pre>{@code
 * FamilySizeBands sizes = new FamilySizeBands(List.of("adults", "kids", "teens"), 0, "family_size",
 *         FamilySizeBands.DEFAULT_EDGES);
 * sizes.fit(List.of()).apply(values);   // 2 adults + 1 kid -> "3-4"
 * }</pre>
 *
 * @param inputs the numeric attributes summed, at least one
 * @param plus   a constant added to the sum
 * @param output the derived attribute's name
 * @param edges  strictly ascending whole-number lower bounds
 */
public record FamilySizeBands(List<String> inputs, double plus, String output, List<Double> edges)
        implements Classifier {
    /** The type name. */
    public static final String TYPE = "family-size";
    /** Lower bounds of {@code 1, 2, 3-4, 5+}. */
    public static final List<Double> DEFAULT_EDGES = List.of(1.0, 2.0, 3.0, 5.0);

    public FamilySizeBands {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        edges = List.copyOf(edges);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a family size needs at least one input attribute");
        }
        if (!Double.isFinite(plus)) {
            throw new IllegalArgumentException("plus must be finite, got " + plus);
        }
        for (double edge : edges) {
            if (edge != Math.rint(edge)) {
                throw new IllegalArgumentException("family-size edges must be whole numbers: " + edges);
            }
        }
        Bands.of(edges, Bands.wholeNumberLabels(edges, "x"));
    }

    /**
     * Reads settings: {@code inputs} (required list), {@code plus} (default 0), {@code output} (default
     * {@code family_size}), {@code edges} (default 1, 2, 3, 5).
     */
    public static FamilySizeBands fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("inputs", "plus", "output", "edges");
        List<String> inputs = settings.strings("inputs", null);
        if (inputs == null) {
            throw settings.problem("inputs", "is required");
        }
        return settings.build("edges", () -> new FamilySizeBands(
                inputs, settings.number("plus", 0), settings.string("output", "family_size"),
                settings.numbers("edges", DEFAULT_EDGES)));
    }

    /** The counts added up, all numbers. */
    @Override
    public List<ClassifierInput> expectedInputs() {
        return inputs.stream().map(input -> ClassifierInput.numeric(input, "inputs")).toList();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inputs", inputs);
        settings.put("plus", plus);
        settings.put("output", output);
        settings.put("edges", edges);
        return settings;
    }

    /** Fixed by the settings: the family size bands. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        Bands bands = Bands.of(edges, Bands.wholeNumberLabels(edges, "below"));
        return new RuleFitted(this, bands.labels().subList(1, bands.labels().size()), customer -> {
            double size = plus;
            for (String input : inputs) {
                Object value = customer.get(input);
                if (value == null) {
                    return Labels.missing(input);
                }
                if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                    return Labels.wrongType(input, value, "a finite number");
                }
                size += number.doubleValue();
            }
            int band = bands.index(size);
            if (band == 0) {
                return Label.unclassified("family size " + Bands.format(size) + " is below "
                        + Bands.format(edges.get(0)));
            }
            return Label.of(bands.labels().get(band));
        });
    }
}
