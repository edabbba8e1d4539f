package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.Classifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier reading one attribute, {@link #input()}: its inputs and the start of its settings follow from that.
 * The built-in records implement it through their {@code input} and {@code output} components.
 *
 * <pre>{@code
 * public record Urbanicity(String input, String output, double cityFrom, double townFrom)
 *         implements SingleInputClassifier { ... }
 * }</pre>
 */
public interface SingleInputClassifier extends Classifier {
    /** The attribute read. */
    String input();

    @Override
    default List<String> inputs() {
        return List.of(input());
    }

    /** A new, ordered settings map holding {@code input} and {@code output}, for {@link #settings()} to extend. */
    default Map<String, Object> inputOutputSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("input", input());
        settings.put("output", output());
        return settings;
    }
}
