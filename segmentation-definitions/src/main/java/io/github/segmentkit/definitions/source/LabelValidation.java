package io.github.segmentkit.definitions.source;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports a segment that compares a classifier's output with a label the classifier can never give (a typo such
 * as {@code rfm_segment = "champion"} would otherwise match no one, silently). Only classifiers that know their
 * labels before any fit ({@link Classifier#possibleLabels()}) are checked; the others are left to the fit.
 *
 * <pre>{@code
 * List<Problem> problems = LabelValidation.validate(parsed, schemaAttributes, locator, suggestions);
 * // line 2, column 36: segment 'best', attribute 'rfm_segment': classifier 'rfm' never gives the label
 * // 'champion' (did you mean 'champions'?)
 * }</pre>
 *
 * <p>Stateless.
 */
public final class LabelValidation {
    private LabelValidation() {
    }

    /**
     * The problems of the parsed segments of {@code parsed}, each placed by {@code locator} at the value.
     *
     * @param attributes  the schema's own attributes: a classifier whose output is one of them is not checked (its
     *                    output name is already a problem of the document)
     * @param suggestions the budgeted search for the closest label
     */
    public static List<Problem> validate(ParsedDefinitions parsed, Collection<? extends Attribute> attributes,
            SourceLocator locator, Suggestions suggestions) {
        Map<String, Classifier> byOutput = new LinkedHashMap<>();
        for (Classifier classifier : parsed.classifiers()) {
            boolean schemaAttribute = attributes.stream().anyMatch(a -> a.name().equals(classifier.output()));
            if (!schemaAttribute && classifier.possibleLabels().isPresent()) {
                byOutput.putIfAbsent(classifier.output(), classifier);
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (byOutput.isEmpty()) {
            return problems;
        }
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        byOutput.forEach((output, classifier) -> labels.put(output,
                new LinkedHashSet<>(classifier.possibleLabels().orElseThrow())));
        for (ParsedSegment declaration : parsed.declarations()) {
            if (!declaration.parsed()) {
                continue;
            }
            for (CategoryIn in : comparisons(declaration, labels.keySet())) {
                String output = in.attribute().name();
                Set<String> known = labels.get(output);
                for (String value : new LinkedHashSet<>(in.values())) {
                    if (!known.contains(value)) {
                        String hint = suggestions.suggest(value, known).map(s -> " (did you mean '" + s + "'?)")
                                .orElse("");
                        problems.add(locator.atValue(declaration, Problem.of(declaration.name(), output,
                                "classifier '" + byOutput.get(output).type() + "' never gives the label '" + value
                                        + "'" + hint), value));
                    }
                }
            }
        }
        return problems;
    }

    /** The {@code in} and {@code =} nodes (negated or not) of {@code declaration} on one of {@code outputs}. */
    private static List<CategoryIn> comparisons(ParsedSegment declaration, Set<String> outputs) {
        List<CategoryIn> found = new ArrayList<>();
        CriterionVisitor.Traversal collector = new CriterionVisitor.Traversal() {
            @Override
            public Void visitCategoryIn(CategoryIn in) {
                if (outputs.contains(in.attribute().name())) {
                    found.add(in);
                }
                return null;
            }
        };
        // the readers bound the nesting depth, so this recursion is bounded too
        declaration.segment().criterion().accept(collector);
        return found;
    }
}
