package io.github.segmentkit.examples.families;

import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many customers got each label of one classifier, in the classifier's label order (labels nobody got are
 * left out), and a plain-text table of them.
 *
 * <pre>{@code
 * LabelCounts counts = LabelCounts.of(fitted, values);
 * counts.print(System.out, "Distance to the nearest store");
 * }</pre>
 *
 * @param classifierOutput the derived attribute's name
 * @param counts           label to count; the counts add up to the number of customers
 */
public record LabelCounts(String classifierOutput, Map<String, Integer> counts) {
    public LabelCounts {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Applies {@code fitted} to every customer and counts the labels. */
    public static LabelCounts of(FittedClassifier fitted, List<? extends AttributeValues> customers) {
        Map<String, Integer> tally = new LinkedHashMap<>();
        fitted.labels().forEach(label -> tally.put(label, 0));
        for (AttributeValues customer : customers) {
            tally.merge(fitted.apply(customer).value(), 1, Integer::sum);
        }
        tally.values().removeIf(count -> count == 0);
        return new LabelCounts(fitted.classifier().output(), tally);
    }

    /** The count of {@code label}, 0 when nobody has it. */
    public int count(String label) {
        return counts.getOrDefault(label, 0);
    }

    /** The total: the number of customers counted. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Prints a titled table of labels, counts and shares. */
    public void print(PrintStream out, String title) {
        out.println(title + " (" + classifierOutput + ")");
        int total = total();
        counts.forEach((label, count) -> out.println(String.format(Locale.ROOT, "  %-34s %7d %6.1f%%", label, count,
                100.0 * count / total)));
        out.println();
    }
}
