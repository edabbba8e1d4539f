package io.github.segmentkit.insight.explain;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.None;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Explains one customer's membership of a segment: every node of the criterion with its truth under SQL's
 * three-valued logic, each leaf with the customer's value and what it requires, and for a failed comparison how far
 * the value is from passing ({@code "age 23; needs 25–34: 2 below"}). {@code inSegment} leaves are explained through
 * the referenced segment's own criterion. The explanation's truth is TRUE exactly for the customers the engines put
 * in the segment.
 *
 * <pre>{@code
 * Explainer<Customer> explainer = Explainer.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
 * Explanation why = explainer.explain(customer, "young");
 * }</pre>
 *
 * <p>Values are read afresh through the schema, one customer at a time; the definitions are assumed valid (build a
 * segmenter from them first). Immutable and thread-safe, provided the schema's extractors are.
 *
 * @param <T> the customer type
 */
public final class Explainer<T> {
    private final CustomerSchema<T> schema;
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final AsOf asOf;

    private Explainer(CustomerSchema<T> schema, List<Segment> segments, AsOf asOf) {
        this.schema = Objects.requireNonNull(schema, "schema");
        segments.forEach(s -> this.segments.put(s.name(), s));
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** An explainer of {@code segments}, relative dates evaluated as of {@code asOf}. */
    public static <T> Explainer<T> of(CustomerSchema<T> schema, List<Segment> segments, AsOf asOf) {
        return new Explainer<>(schema, List.copyOf(segments), asOf);
    }

    /**
     * Why {@code customer} is or is not in {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment and the known ones when there is no such segment
     */
    public Explanation explain(T customer, String segment) {
        Objects.requireNonNull(customer, "customer");
        return new Explanation(segment, schema.id(customer), explainSegment(customer, segment));
    }

    private ExplainedNode explainSegment(T customer, String segment) {
        Segment definition = segments.get(segment);
        if (definition == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments are "
                    + segments.keySet());
        }
        return definition.criterion().accept(new Walk(customer));
    }

    /** One customer's walk over one criterion tree. */
    private final class Walk implements CriterionVisitor<ExplainedNode> {
        private final T customer;

        Walk(T customer) {
            this.customer = customer;
        }

        private Object valueOf(String attribute) {
            return schema.binding(attribute).read(customer);
        }

        private List<ExplainedNode> explainAll(List<Criterion> operands) {
            List<ExplainedNode> nodes = new ArrayList<>(operands.size());
            operands.forEach(operand -> nodes.add(operand.accept(this)));
            return nodes;
        }

        private ExplainedNode leaf(Criterion criterion, Truth truth, String value, String requirement,
                String shortfall) {
            return new ExplainedNode(criterion, truth, value, requirement, shortfall, List.of());
        }

        @Override
        public ExplainedNode visitAll(All all) {
            return leaf(all, Truth.TRUE, null, "nothing (every customer)", null);
        }

        @Override
        public ExplainedNode visitNone(None none) {
            return leaf(none, Truth.FALSE, null, "the impossible (no customer)", null);
        }

        @Override
        public ExplainedNode visitAnd(And and) {
            List<ExplainedNode> children = explainAll(and.operands());
            Truth truth = Truth.TRUE;
            for (ExplainedNode child : children) {
                truth = truth.and(child.truth());
            }
            return new ExplainedNode(and, truth, null, null, null, children);
        }

        @Override
        public ExplainedNode visitOr(Or or) {
            List<ExplainedNode> children = explainAll(or.operands());
            Truth truth = Truth.FALSE;
            for (ExplainedNode child : children) {
                truth = truth.or(child.truth());
            }
            return new ExplainedNode(or, truth, null, null, null, children);
        }

        @Override
        public ExplainedNode visitNot(Not not) {
            ExplainedNode operand = not.operand().accept(this);
            return new ExplainedNode(not, operand.truth().not(), null, null, null, List.of(operand));
        }

        @Override
        public ExplainedNode visitComparison(Comparison<?> comparison) {
            String name = comparison.attribute().name();
            Object value = valueOf(name);
            String requirement = comparison.operator().symbol() + " " + comparison.value();
            if (value == null) {
                return leaf(comparison, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            int order = Distances.compare(value, comparison.value());
            boolean passes = comparison.operator().test(order);
            String shortfall = null;
            if (!passes) {
                shortfall = order == 0 ? "equal to it" : Distances.between(value, comparison.value());
            }
            return leaf(comparison, Truth.of(passes), name + " " + value, requirement, shortfall);
        }

        @Override
        public ExplainedNode visitBetween(Between<?> between) {
            String name = between.attribute().name();
            Object value = valueOf(name);
            String requirement = between.low() + "–" + between.high();
            if (value == null) {
                return leaf(between, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            String shortfall = null;
            if (Distances.compare(value, between.low()) < 0) {
                shortfall = Distances.between(value, between.low());
            } else if (Distances.compare(value, between.high()) > 0) {
                shortfall = Distances.between(value, between.high());
            }
            return leaf(between, Truth.of(shortfall == null), name + " " + value, requirement, shortfall);
        }

        @Override
        public ExplainedNode visitCategoryIn(CategoryIn in) {
            String name = in.attribute().name();
            Object value = valueOf(name);
            String requirement = "one of " + in.values();
            if (value == null) {
                return leaf(in, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            return leaf(in, Truth.of(in.values().contains((String) value)), name + " " + value, requirement, null);
        }

        @Override
        public ExplainedNode visitBooleanIs(BooleanIs booleanIs) {
            String name = booleanIs.attribute().name();
            Object value = valueOf(name);
            String requirement = String.valueOf(booleanIs.value());
            if (value == null) {
                return leaf(booleanIs, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            return leaf(booleanIs, Truth.of((Boolean) value == booleanIs.value()), name + " " + value, requirement,
                    null);
        }

        @Override
        public ExplainedNode visitTagsMatch(TagsMatch tagsMatch) {
            String name = tagsMatch.attribute().name();
            Object value = valueOf(name);
            String requirement = switch (tagsMatch.operator()) {
                case ANY -> "any of ";
                case ALL -> "all of ";
                case NONE -> "none of ";
            } + tagsMatch.tags();
            if (value == null) {
                return leaf(tagsMatch, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            Collection<?> held = (Collection<?>) value;
            long found = tagsMatch.tags().stream().filter(held::contains).count();
            boolean passes = switch (tagsMatch.operator()) {
                case ANY -> found > 0;
                case ALL -> found == tagsMatch.tags().size();
                case NONE -> found == 0;
            };
            return leaf(tagsMatch, Truth.of(passes), name + " " + held, requirement, null);
        }

        @Override
        public ExplainedNode visitRelativeDate(RelativeDate relativeDate) {
            String name = relativeDate.attribute().name();
            Object value = valueOf(name);
            Object threshold;
            Object now;
            if (value instanceof Instant || value == null && relativeDate.attribute().valueType() == Instant.class) {
                threshold = asOf.instant().minusSeconds(relativeDate.days() * 86_400L);
                now = asOf.instant();
            } else {
                threshold = asOf.date().minusDays(relativeDate.days());
                now = asOf.date();
            }
            String requirement = switch (relativeDate.operator()) {
                case WITHIN_LAST_DAYS -> threshold + " to " + now;
                case BEFORE_DAYS_AGO -> "< " + threshold;
                case AFTER_DAYS_AGO -> "> " + threshold;
            };
            if (value == null) {
                return leaf(relativeDate, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            int toThreshold = Distances.compare(value, threshold);
            int toNow = Distances.compare(value, now);
            boolean passes = switch (relativeDate.operator()) {
                case WITHIN_LAST_DAYS -> toThreshold >= 0 && toNow <= 0;
                case BEFORE_DAYS_AGO -> toThreshold < 0;
                case AFTER_DAYS_AGO -> toThreshold > 0;
            };
            String shortfall = null;
            if (!passes) {
                // a value after the as-of time misses "within" at the near end; everything else at the threshold
                boolean afterNow = relativeDate.operator() == RelativeDateOperator.WITHIN_LAST_DAYS && toNow > 0;
                shortfall = toThreshold == 0 ? "equal to it" : Distances.between(value, afterNow ? now : threshold);
            }
            return leaf(relativeDate, Truth.of(passes), name + " " + value, requirement, shortfall);
        }

        @Override
        public ExplainedNode visitWithinDistance(WithinDistance withinDistance) {
            String name = withinDistance.attribute().name();
            Object value = valueOf(name);
            String requirement = "at most " + withinDistance.km() + " km from " + withinDistance.center();
            if (value == null) {
                return leaf(withinDistance, Truth.UNKNOWN, name + " missing", requirement, null);
            }
            double km = ((GeoPoint) value).distanceKm(withinDistance.center());
            boolean passes = km <= withinDistance.km();
            return leaf(withinDistance, Truth.of(passes), name + " " + value + " (" + km + " km away)", requirement,
                    passes ? null : Distances.between(km, withinDistance.km()).replace("above", "km too far"));
        }

        @Override
        public ExplainedNode visitPresence(Presence presence) {
            String name = presence.attribute().name();
            boolean present = valueOf(name) != null;
            return leaf(presence, Truth.of(present == presence.isPresentTest()),
                    name + (present ? " present" : " missing"), presence.isPresentTest() ? "a value" : "no value",
                    null);
        }

        @Override
        public ExplainedNode visitInSegment(InSegment inSegment) {
            ExplainedNode nested = explainSegment(customer, inSegment.segmentName());
            Truth truth = Truth.of(nested.truth().isTrue());   // membership: never UNKNOWN
            return new ExplainedNode(inSegment, truth, null, "member of " + inSegment.segmentName(), null,
                    List.of(nested));
        }
    }
}
