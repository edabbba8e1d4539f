package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierInput;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A classifier reading one attribute, {@link #input()}: its inputs and the start of its settings follow from that.
 * The built-in records implement it through their {@code input} and {@code output} components.
 *
 * <pre>{@code
 * public record Adulthood(String input, String output) implements SingleInputClassifier {
 *     public String type() { return "adulthood"; }
 *     public Map<String, Object> settings() { return inputOutputSettings(); }   // {input=age, output=adulthood}
 *     public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
 *         return new RuleFitted(this, List.of("minor", "adult"), customer -> {
 *             NumericReading age = NumericReading.of(customer, input);
 *             return age.isPresent() ? Label.of(age.value().intValue() < 18 ? "minor" : "adult") : age.unclassified();
 *         });
 *     }
 * }
 * }</pre>
 */
public interface SingleInputClassifier extends Classifier {
    /** The attribute read. */
    String input();

    @Override
    default List<String> inputs() {
        return List.of(input());
    }

    /** The kinds of attribute {@link #input()} may have; every kind unless the classifier says otherwise. */
    default Set<AttributeKind> inputKinds() {
        return EnumSet.allOf(AttributeKind.class);
    }

    /** The one input, named by the setting {@code input}, of {@link #inputKinds()}. */
    @Override
    default List<ClassifierInput> expectedInputs() {
        return List.of(new ClassifierInput(input(), "input", inputKinds()));
    }

    /** A new, ordered settings map holding {@code input} and {@code output}, for {@link #settings()} to extend. */
    default Map<String, Object> inputOutputSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("input", input());
        settings.put("output", output());
        return settings;
    }
}
