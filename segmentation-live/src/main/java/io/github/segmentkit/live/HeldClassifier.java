package io.github.segmentkit.live;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fitted classifier held fixed by a live segmentation: every customer that changes is labelled with the current
 * fit, never a new one, until {@link #refit} replaces it. The live schema reads the classifier's output through
 * this object ({@code CustomerSchema.withClassifier(held)}), so that the compiled criteria, the columnar table and
 * the one-customer evaluations all see the same fit, and a refit needs no new schema.
 *
 * <p>Each label is a segment, named {@code output=label} ({@link #segmentName}), so that a change of label sends
 * an exited and an entered event. The labels are the classifier's {@link Classifier#possibleLabels()}: they must
 * be fixed before any fit, since a refit must not create or drop segments.
 *
 * <p>Thread-safe for reading; {@link #refit} is called under the live segmentation's writer lock.
 */
final class HeldClassifier implements FittedClassifier {
    private volatile FittedClassifier current;
    private final List<String> segmentLabels;

    HeldClassifier(FittedClassifier fitted) {
        this.current = Objects.requireNonNull(fitted, "fitted classifier");
        Classifier classifier = fitted.classifier();
        this.segmentLabels = classifier.possibleLabels().orElseThrow(() -> new DefinitionException(Problem.of(
                null, classifier.output(), "classifier '" + classifier.type() + "' (output '" + classifier.output()
                        + "') has no fixed set of labels: each fit decides them, so they cannot be live segments"
                        + " (configure its labels, e.g. the prefixes of a geohash classifier)")));
    }

    /** The name of the segment of the customers labelled {@code label} by the classifier with {@code output}. */
    static String segmentName(String output, String label) {
        return output + "=" + label;
    }

    /** One segment per label, in the order of the classifier's possible labels. */
    List<Segment> labelSegments() {
        Classifier classifier = current.classifier();
        return segmentLabels.stream().map(label -> Segment.named(segmentName(classifier.output(), label))
                .describedAs("customers the classifier '" + classifier.type() + "' labels '" + label + "'")
                .where(classifier.outputAttribute().eq(label))).toList();
    }

    /**
     * Fits each classifier anew to {@code population}, in order, and holds the new fits; when a fit throws, every
     * classifier holds its previous fit again. The values are read lazily, so a classifier reading another's output
     * is fitted to that other's new labels.
     */
    static void refitAll(List<HeldClassifier> classifiers, List<? extends AttributeValues> population) {
        List<FittedClassifier> before = classifiers.stream().map(HeldClassifier::current).toList();
        try {
            for (HeldClassifier held : classifiers) {
                held.current = held.current.classifier().fit(population);
            }
        } catch (RuntimeException e) {
            for (int c = 0; c < classifiers.size(); c++) {
                classifiers.get(c).current = before.get(c);
            }
            throw e;
        }
    }

    /** The output attribute names of {@code classifiers}, in order, to name them in messages. */
    static List<String> outputs(List<HeldClassifier> classifiers) {
        return classifiers.stream().map(held -> held.current.classifier().output()).toList();
    }

    /** {@code schema} with the output of every classifier as an attribute, read through the held fits. */
    static <T> CustomerSchema<T> withOutputs(CustomerSchema<T> schema, List<HeldClassifier> classifiers) {
        CustomerSchema<T> extended = schema;
        for (HeldClassifier held : classifiers) {
            extended = extended.withClassifier(held);
        }
        return extended;
    }

    /** The fit held now. */
    FittedClassifier current() {
        return current;
    }

    @Override
    public Classifier classifier() {
        return current.classifier();
    }

    @Override
    public List<String> labels() {
        return current.labels();
    }

    @Override
    public Label apply(AttributeValues customer) {
        return current.apply(customer);
    }

    @Override
    public Map<String, Object> parameters() {
        return current.parameters();
    }
}
