package io.github.segmentkit.definitions;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A whole definitions document: classifier configurations and segments. Each classifier's label is a derived
 * categorical attribute named after its {@link Classifier#output()}, which the document's segments may use.
 *
 * <pre>{@code
 * DefinitionsDocument document = Definitions.read(file, schema.attributes());
 * CustomerSchema<Customer> labelled = schema;
 * for (Classifier classifier : document.classifiers()) {
 *     labelled = labelled.withClassifier(classifier.fit(population));
 * }
 * Segmenter<Customer> segmenter = Segmenter.builder(labelled).addAll(document.segments()).build();
 * }</pre>
 *
 * @param classifiers the configured classifiers, in document order
 * @param segments    the segments, in document order
 */
public record DefinitionsDocument(List<Classifier> classifiers, List<Segment> segments) {
    public DefinitionsDocument {
        classifiers = List.copyOf(classifiers);
        segments = List.copyOf(segments);
    }

    /** A document of segments only. */
    public static DefinitionsDocument ofSegments(List<Segment> segments) {
        return new DefinitionsDocument(List.of(), segments);
    }

    /** The schema's attributes plus the categorical attributes the classifiers derive. */
    public static List<Attribute> withDerived(Collection<? extends Attribute> attributes,
            List<Classifier> classifiers) {
        List<Attribute> all = new ArrayList<>(attributes);
        for (Classifier classifier : classifiers) {
            if (all.stream().noneMatch(a -> a.name().equals(classifier.output()))) {
                all.add(Attribute.ofCategorical(classifier.output()));
            }
        }
        return all;
    }
}
