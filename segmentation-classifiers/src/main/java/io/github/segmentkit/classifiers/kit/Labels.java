package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.Label;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Small label-list helpers shared by the built-in classifiers.
 *
 * <pre>{@code
 * Labels.withUnclassified(List.of("a", "b"));   // [a, b, unclassified]
 * }</pre>
 */
public final class Labels {
    private Labels() {
    }

    /** The distinct labels in order, then {@value Label#UNCLASSIFIED} once, as an unmodifiable list. */
    public static List<String> withUnclassified(List<String> labels) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(labels);
        distinct.remove(Label.UNCLASSIFIED);
        List<String> result = new ArrayList<>(distinct);
        result.add(Label.UNCLASSIFIED);
        return List.copyOf(result);
    }

    /** The unclassified label for a missing attribute value. */
    public static Label missing(String attribute) {
        return Label.unclassified("'" + attribute + "' is missing");
    }

    /** The unclassified label for a value of the wrong type. */
    public static Label wrongType(String attribute, Object value, String expected) {
        return Label.unclassified("'" + attribute + "' holds " + value.getClass().getSimpleName() + " " + value
                + ", expected " + expected);
    }
}
