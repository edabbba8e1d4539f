package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.Label;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The one rule for input a classifier cannot use, shared by every classifier: a missing value, or one of the
 * wrong type, gives {@value Label#UNCLASSIFIED} with a reason naming the attribute, never an ordinary label such as
 * {@code unknown} (see {@code docs/classifiers.md}, "Missing input"). Also the label-list helper of fitted
 * classifiers.
 *
 * <pre>{@code
 * Labels.missing("age");                        // unclassified, reason "'age' is missing"
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
        return Label.unclassified(missingReason(attribute));
    }

    /** The reason of {@link #missing}: {@code 'age' is missing}. */
    public static String missingReason(String attribute) {
        return "'" + attribute + "' is missing";
    }

    /** The unclassified label for a value of the wrong type. */
    public static Label wrongType(String attribute, Object value, String expected) {
        return Label.unclassified(wrongTypeReason(attribute, value, expected));
    }

    /** The reason of {@link #wrongType}: {@code 'age' holds String forty, expected a number}. */
    public static String wrongTypeReason(String attribute, Object value, String expected) {
        return "'" + attribute + "' holds " + value.getClass().getSimpleName() + " " + value + ", expected "
                + expected;
    }
}
