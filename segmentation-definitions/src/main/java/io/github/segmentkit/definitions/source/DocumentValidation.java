package io.github.segmentkit.definitions.source;

import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.internal.DefinitionValidator;
import io.github.segmentkit.api.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates what a reader found, even when some declarations were in error, so that one run reports every problem
 * of a document: the schema problems of the segments that parsed, and each repeated name at the repeat.
 *
 * <pre>{@code
 * List<Problem> problems = DocumentValidation.validate(parsed, attributes, TextLocator.of(source));
 * }</pre>
 *
 * <p>The validator checks a list of distinctly named segments, so a document is checked in rounds: the first round
 * holds each name's first declaration, the next round each name's second declaration, and so on. A name whose
 * declaration is in error (or not in the round) is stood in for by a placeholder that matches everyone, so a
 * reference to it is not reported as unknown; the placeholders' own problems are dropped. Stateless.
 */
public final class DocumentValidation {
    private DocumentValidation() {
    }

    /**
     * The validation problems of {@code parsed}, each placed by {@code locator}, in the order the validator found
     * them (callers sort the merged list with {@link SourceLocator#documentOrder()}).
     */
    public static List<Problem> validate(ParsedDefinitions parsed, Collection<Attribute> attributes,
            SourceLocator locator) {
        Map<String, List<ParsedSegment>> byName = new LinkedHashMap<>();
        for (ParsedSegment declaration : parsed.declarations()) {
            byName.computeIfAbsent(declaration.name(), name -> new ArrayList<>()).add(declaration);
        }
        List<Problem> problems = new ArrayList<>();
        // one budget for the hints of every round, so that validation work stays bounded on any document
        Suggestions suggestions = Suggestions.withBudget(Suggestions.DEFAULT_BUDGET);
        int rounds = 0;
        for (List<ParsedSegment> declarations : byName.values()) {
            ParsedSegment first = declarations.get(0);
            for (ParsedSegment repeat : declarations.subList(1, declarations.size())) {
                problems.add(locator.at(repeat, Problem.of(repeat.name(), null, "the segment name is used twice"
                        + " (first at " + locator.describe(first) + ")")));
            }
            rounds = Math.max(rounds, declarations.size());
        }
        for (int round = 0; round < rounds; round++) {
            Map<String, ParsedSegment> checked = new LinkedHashMap<>();
            for (List<ParsedSegment> declarations : byName.values()) {
                if (round < declarations.size() && declarations.get(round).parsed()) {
                    checked.put(declarations.get(0).name(), declarations.get(round));
                }
            }
            List<Segment> segments = new ArrayList<>(checked.values().stream().map(ParsedSegment::segment).toList());
            // the first round stands in for every name in error; later rounds only for the names they refer to
            Set<String> others = round == 0 ? byName.keySet() : references(segments);
            for (String other : others) {
                if (byName.containsKey(other) && !checked.containsKey(other)) {
                    placeholder(other).ifPresent(segments::add);
                }
            }
            for (Problem problem : DefinitionValidator.validate(attributes, segments, true, suggestions)) {
                if (problem.segment() == null) {
                    if (round == 0) {
                        problems.add(problem);
                    }
                } else if (checked.containsKey(problem.segment())) {
                    problems.add(locator.at(checked.get(problem.segment()), problem));
                }
            }
        }
        return problems;
    }

    /** A segment that matches everyone, named {@code name}; none when the name itself is not allowed. */
    private static Optional<Segment> placeholder(String name) {
        try {
            return Optional.of(Segment.named(name).where(Criteria.all()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // the declaration's own problem already says why
        }
    }

    /** The names that {@code segments} refer to with {@code in segment}. */
    private static Set<String> references(List<Segment> segments) {
        Set<String> names = new LinkedHashSet<>();
        CriterionVisitor.Traversal collector = new CriterionVisitor.Traversal() {
            @Override
            public Void visitInSegment(InSegment inSegment) {
                names.add(inSegment.segmentName());
                return null;
            }
        };
        // the readers bound the nesting depth, so this recursion is bounded too
        segments.forEach(segment -> segment.criterion().accept(collector));
        return names;
    }
}
