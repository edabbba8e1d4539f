package io.github.segmentkit.api.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A classifier with its population-dependent parameters learned: labels one customer at a time, with exactly the
 * label that customer got in a bulk run. Its parameters are inspectable and serialisable as data, so that a nightly
 * fit can be reused by a live system through {@link ClassifierProvider#restore}.
 *
 * <pre>{@code
 * Classifier incomeBands = ClassifierRegistry.create("income-band", Map.of("input", "income", "quantiles", 4));
 * FittedClassifier fitted = incomeBands.fit(population);
 * Map<String, Object> saved = fitted.parameters();            // e.g. store as JSON
 * FittedClassifier again = ClassifierRegistry.restore("income-band", incomeBands.settings(), saved);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface FittedClassifier {
    /** The classifier that was fitted. */
    Classifier classifier();

    /** Every label it can produce, in a stable order, {@value Label#UNCLASSIFIED} included. */
    List<String> labels();

    /** The label of one customer. Never throws for an ordinary missing value. */
    Label apply(AttributeValues customer);

    /** The learned parameters as data (strings, numbers, booleans, lists and maps of those). */
    Map<String, Object> parameters();

    /** The labels of many customers, in order. */
    default List<Label> applyAll(Iterable<? extends AttributeValues> customers) {
        List<Label> labels = new ArrayList<>();
        for (AttributeValues customer : customers) {
            labels.add(apply(customer));
        }
        return labels;
    }
}
