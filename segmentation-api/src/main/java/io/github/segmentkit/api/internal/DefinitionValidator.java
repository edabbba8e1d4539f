package io.github.segmentkit.api.internal;

import io.github.segmentkit.api.DefinitionLimits;
import io.github.segmentkit.api.Problem;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks segment definitions against the attributes of a schema and reports every problem found: unknown attributes
 * (with a "did you mean" suggestion), attributes of another kind, {@code between} with {@code low > high}, NaN
 * values, negative day counts and radii, duplicate segment names, unknown or cyclic {@code inSegment} references,
 * relative dates without an as-of time, and breaches of {@link DefinitionLimits}.
 *
 * <pre>{@code
 * List<Problem> problems = DefinitionValidator.validate(schema.attributes(), segments, true);
 * }</pre>
 */
public final class DefinitionValidator {
    private DefinitionValidator() {
    }

    /**
     * The problems of {@code segments}, in segment order; empty when they can be used.
     *
     * @param attributes the schema's attributes
     * @param segments   the segments, in declaration order
     * @param hasAsOf    whether an as-of date or clock was given
     */
    public static List<Problem> validate(Collection<Attribute> attributes, List<Segment> segments, boolean hasAsOf) {
        return validate(attributes, segments, hasAsOf, Suggestions.withBudget(Suggestions.DEFAULT_BUDGET));
    }

    /**
     * Like {@link #validate(Collection, List, boolean)}, drawing every "did you mean" from {@code suggestions}, so
     * that the work of a whole validation is bounded by its budget.
     */
    public static List<Problem> validate(Collection<Attribute> attributes, List<Segment> segments, boolean hasAsOf,
            Suggestions suggestions) {
        List<Problem> problems = new ArrayList<>();
        if (segments.size() > DefinitionLimits.MAX_SEGMENTS) {
            problems.add(Problem.of(null, null, segments.size() + " segments, more than the limit of "
                    + DefinitionLimits.MAX_SEGMENTS));
            return problems;
        }
        Map<String, Attribute> byName = new LinkedHashMap<>();
        attributes.forEach(a -> byName.put(a.name(), a));
        Map<String, Segment> byNameSegments = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (byNameSegments.putIfAbsent(segment.name(), segment) != null) {
                problems.add(Problem.of(segment.name(), null, "the segment name is used twice"));
            }
            // the same limit as for values, so that every form a definition is stored in accepts it
            if (segment.description().length() > DefinitionLimits.MAX_STRING_LENGTH) {
                problems.add(Problem.of(segment.name(), null, "the description has " + segment.description().length()
                        + " characters, more than the limit of " + DefinitionLimits.MAX_STRING_LENGTH));
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        for (Segment segment : segments) {
            if (!checkShape(segment, problems)) {
                continue;
            }
            NodeChecker checker = new NodeChecker(segment.name(), byName, byNameSegments.keySet(), hasAsOf, problems,
                    suggestions);
            segment.criterion().accept(checker);
            references.put(segment.name(), checker.references);
        }
        reportCycles(segments, references, problems);
        return problems;
    }

    /** Depth and size, measured without recursion so that a degenerate tree cannot overflow the stack here. */
    private static boolean checkShape(Segment segment, List<Problem> problems) {
        Deque<Criterion> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(segment.criterion());
        depths.push(1);
        int count = 0;
        while (!nodes.isEmpty()) {
            Criterion node = nodes.pop();
            int depth = depths.pop();
            if (depth > DefinitionLimits.MAX_DEPTH) {
                problems.add(Problem.of(segment.name(), null, "criteria nested deeper than the limit of "
                        + DefinitionLimits.MAX_DEPTH));
                return false;
            }
            if (++count > DefinitionLimits.MAX_NODES) {
                problems.add(Problem.of(segment.name(), null, "more than " + DefinitionLimits.MAX_NODES
                        + " criteria in one segment"));
                return false;
            }
            for (Criterion child : children(node)) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return true;
    }

    private static List<Criterion> children(Criterion node) {
        if (node instanceof And and) {
            return and.operands();
        }
        if (node instanceof Or or) {
            return or.operands();
        }
        if (node instanceof Not not) {
            return List.of(not.operand());
        }
        return List.of();
    }

    private static void reportCycles(List<Segment> segments, Map<String, Set<String>> references,
            List<Problem> problems) {
        // depth-first search, colouring white (absent) / grey (on the path) / black (done)
        Map<String, Boolean> done = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Segment segment : segments) {
            findCycle(segment.name(), references, done, new ArrayList<>(), reported, problems);
        }
    }

    private static void findCycle(String name, Map<String, Set<String>> references, Map<String, Boolean> done,
            List<String> path, Set<String> reported, List<Problem> problems) {
        Boolean state = done.get(name);
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        if (Boolean.FALSE.equals(state)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            if (reported.add(name)) {
                problems.add(Problem.of(name, null, "segments reference each other in a cycle: "
                        + String.join(" -> ", cycle)));
            }
            return;
        }
        done.put(name, Boolean.FALSE);
        path.add(name);
        for (String next : references.getOrDefault(name, Set.of())) {
            if (references.containsKey(next)) {
                findCycle(next, references, done, path, reported, problems);
            }
        }
        path.remove(path.size() - 1);
        done.put(name, Boolean.TRUE);
    }

    /** Checks each node of one segment's criterion; recursion depth is bounded by {@link #checkShape} first. */
    private static final class NodeChecker extends CriterionVisitor.Traversal {
        private final String segment;
        private final Map<String, Attribute> attributes;
        private final Set<String> segmentNames;
        private final boolean hasAsOf;
        private final List<Problem> problems;
        private final Suggestions suggestions;
        final Set<String> references = new LinkedHashSet<>();

        NodeChecker(String segment, Map<String, Attribute> attributes, Set<String> segmentNames, boolean hasAsOf,
                List<Problem> problems, Suggestions suggestions) {
            this.suggestions = suggestions;
            this.segment = segment;
            this.attributes = attributes;
            this.segmentNames = segmentNames;
            this.hasAsOf = hasAsOf;
            this.problems = problems;
        }

        private void problem(Attribute attribute, String message) {
            problems.add(Problem.of(segment, attribute == null ? null : attribute.name(), message));
        }

        private void checkAttribute(Attribute attribute) {
            Attribute declared = attributes.get(attribute.name());
            if (declared == null) {
                String hint = suggestions.suggest(attribute.name(), attributes.keySet())
                        .map(s -> " (did you mean '" + s + "'?)").orElse("");
                problem(attribute, "not in the schema" + hint);
            } else if (declared.kind() != attribute.kind()) {
                problem(attribute, "used as " + attribute.kind().label() + " but the schema declares it "
                        + declared.kind().label());
            }
        }

        private void checkValue(Attribute attribute, String what, Object value) {
            if (value instanceof Double d && d.isNaN()) {
                problem(attribute, what + ": NaN is not a value (NaN counts as missing; use isMissing)");
            }
        }

        private void checkStrings(Attribute attribute, String what, Set<String> values) {
            if (values.size() > DefinitionLimits.MAX_LIST_SIZE) {
                problem(attribute, what + " lists " + values.size() + " values, more than the limit of "
                        + DefinitionLimits.MAX_LIST_SIZE);
            }
            for (String value : values) {
                if (value.length() > DefinitionLimits.MAX_STRING_LENGTH) {
                    problem(attribute, what + " has a value of " + value.length()
                            + " characters, more than the limit of " + DefinitionLimits.MAX_STRING_LENGTH);
                }
            }
        }

        @Override
        public Void visitComparison(Comparison<?> comparison) {
            checkAttribute(comparison.attribute());
            checkValue(comparison.attribute(), comparison.toString(), comparison.value());
            return null;
        }

        @Override
        public Void visitBetween(Between<?> between) {
            checkAttribute(between.attribute());
            checkValue(between.attribute(), between.toString(), between.low());
            checkValue(between.attribute(), between.toString(), between.high());
            if (isOrdered(between) && compare(between) > 0) {
                problem(between.attribute(), between + ": low is greater than high, so no customer can match");
            }
            return null;
        }

        private static boolean isOrdered(Between<?> between) {
            return !(between.low() instanceof Double low && low.isNaN())
                    && !(between.high() instanceof Double high && high.isNaN());
        }

        private static <V> int compare(Between<V> between) {
            OrderedAttribute<V> attribute = between.attribute();
            return attribute.compareValues(between.low(), between.high());
        }

        @Override
        public Void visitCategoryIn(CategoryIn in) {
            checkAttribute(in.attribute());
            checkStrings(in.attribute(), in.attribute().name() + ".in(…)", in.values());
            return null;
        }

        @Override
        public Void visitBooleanIs(BooleanIs booleanIs) {
            checkAttribute(booleanIs.attribute());
            return null;
        }

        @Override
        public Void visitTagsMatch(TagsMatch tagsMatch) {
            checkAttribute(tagsMatch.attribute());
            checkStrings(tagsMatch.attribute(), tagsMatch.attribute().name() + "." + tagsMatch.operator().methodName()
                    + "(…)", tagsMatch.tags());
            return null;
        }

        @Override
        public Void visitRelativeDate(RelativeDate relativeDate) {
            checkAttribute(relativeDate.attribute());
            if (relativeDate.days() < 0) {
                problem(relativeDate.attribute(), relativeDate + ": the number of days must not be negative");
            }
            if (relativeDate.days() > 1_000_000) {
                problem(relativeDate.attribute(), relativeDate + ": more than 1,000,000 days");
            }
            if (!hasAsOf) {
                problem(relativeDate.attribute(), relativeDate + " needs an as-of date: call asOf(LocalDate) or"
                        + " clock(Clock) on the builder");
            }
            return null;
        }

        @Override
        public Void visitWithinDistance(WithinDistance withinDistance) {
            checkAttribute(withinDistance.attribute());
            double km = withinDistance.km();
            if (!(km >= 0) || Double.isInfinite(km)) {
                problem(withinDistance.attribute(), withinDistance + ": the radius must be a finite number of"
                        + " kilometres, at least 0");
            }
            return null;
        }

        @Override
        public Void visitPresence(Presence presence) {
            checkAttribute(presence.attribute());
            return null;
        }

        @Override
        public Void visitInSegment(InSegment inSegment) {
            String name = inSegment.segmentName();
            if (name.equals(segment)) {
                problems.add(Problem.of(segment, null, "the segment refers to itself: " + inSegment));
            } else if (!segmentNames.contains(name)) {
                String hint = suggestions.suggest(name, segmentNames).map(s -> " (did you mean '" + s + "'?)")
                        .orElse("");
                problems.add(Problem.of(segment, null, inSegment + ": no segment is named '" + name + "'" + hint));
            } else {
                references.add(name);
            }
            return null;
        }
    }
}
