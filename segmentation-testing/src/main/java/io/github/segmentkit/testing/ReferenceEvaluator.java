package io.github.segmentkit.testing;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Truth;
import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.InSegment;
import io.github.segmentkit.api.criteria.Presence;
import io.github.segmentkit.api.criteria.None;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.TagsMatch;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle: a deliberately plain evaluator that walks the criterion tree for one customer at a time, reading
 * every value afresh through the schema. It is written to be obviously right, not fast; every engine and backend is
 * tested against it, and users can test their own segment definitions with it.
 *
 * <pre>{@code
 * ReferenceEvaluator<Customer> oracle = ReferenceEvaluator.of(schema, segments, AsOf.date(LocalDate.of(2024, 3, 31)));
 * Set<String> expected = oracle.segmentsOf(customer);
 * ReferenceResult all = oracle.segment(customers);
 * }</pre>
 *
 * <p>Semantics, exactly as documented on {@link Criterion}: SQL three-valued logic; a missing value (null, or NaN for
 * doubles) makes a comparison UNKNOWN; {@code isPresent/isMissing} and {@code inSegment} are never UNKNOWN; a
 * customer belongs to a segment only when its criterion is TRUE. The definitions are assumed valid (build a
 * {@link io.github.segmentkit.api.Segmenter} first to validate them).
 *
 * @param <T> the customer type
 */
public final class ReferenceEvaluator<T> {
    private final CustomerSchema<T> schema;
    private final Map<String, Segment> segments = new LinkedHashMap<>();
    private final AsOf asOf;

    private ReferenceEvaluator(CustomerSchema<T> schema, List<Segment> segments, AsOf asOf) {
        this.schema = schema;
        segments.forEach(s -> this.segments.put(s.name(), s));
        this.asOf = asOf;
    }

    /** An evaluator of {@code segments} as of {@code asOf}. */
    public static <T> ReferenceEvaluator<T> of(CustomerSchema<T> schema, List<Segment> segments, AsOf asOf) {
        return new ReferenceEvaluator<>(schema, segments, asOf);
    }

    /** The truth value of {@code criterion} for {@code customer}. */
    public Truth evaluate(Criterion criterion, T customer) {
        return criterion.accept(new Evaluation(customer));
    }

    /** Whether {@code customer} belongs to the named segment. */
    public boolean isMember(String segment, T customer) {
        Segment definition = segments.get(segment);
        if (definition == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'");
        }
        return evaluate(definition.criterion(), customer) == Truth.TRUE;
    }

    /** The segments {@code customer} belongs to, in declaration order. */
    public Set<String> segmentsOf(T customer) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : segments.keySet()) {
            if (isMember(name, customer)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Evaluates every segment for every customer. */
    public ReferenceResult segment(Iterable<? extends T> customers) {
        List<Long> ids = new ArrayList<>();
        List<String> names = List.copyOf(segments.keySet());
        List<List<Boolean>> memberships = new ArrayList<>();
        for (T customer : customers) {
            ids.add(schema.id(customer));
            List<Boolean> row = new ArrayList<>();
            for (String name : names) {
                row.add(isMember(name, customer));
            }
            memberships.add(row);
        }
        return new ReferenceResult(ids, names, memberships);
    }

    /** One evaluation of one customer: plain recursion over the tree. */
    private final class Evaluation implements CriterionVisitor<Truth> {
        private final T customer;

        Evaluation(T customer) {
            this.customer = customer;
        }

        private Object valueOf(String attribute) {
            return schema.binding(attribute).read(customer);
        }

        @Override
        public Truth visitAll(All all) {
            return Truth.TRUE;
        }

        @Override
        public Truth visitNone(None none) {
            return Truth.FALSE;
        }

        @Override
        public Truth visitAnd(And and) {
            Truth result = Truth.TRUE;
            for (Criterion operand : and.operands()) {
                result = result.and(operand.accept(this));
            }
            return result;
        }

        @Override
        public Truth visitOr(Or or) {
            Truth result = Truth.FALSE;
            for (Criterion operand : or.operands()) {
                result = result.or(operand.accept(this));
            }
            return result;
        }

        @Override
        public Truth visitNot(Not not) {
            return not.operand().accept(this).not();
        }

        @Override
        public Truth visitComparison(Comparison<?> comparison) {
            Object value = valueOf(comparison.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            int order = compare(value, comparison.value());
            return Truth.of(switch (comparison.operator()) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            });
        }

        @Override
        public Truth visitBetween(Between<?> between) {
            Object value = valueOf(between.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of(compare(value, between.low()) >= 0 && compare(value, between.high()) <= 0);
        }

        @Override
        public Truth visitCategoryIn(CategoryIn in) {
            Object value = valueOf(in.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of(in.values().contains((String) value));
        }

        @Override
        public Truth visitBooleanIs(BooleanIs booleanIs) {
            Object value = valueOf(booleanIs.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of((Boolean) value == booleanIs.value());
        }

        @Override
        public Truth visitTagsMatch(TagsMatch tagsMatch) {
            Object value = valueOf(tagsMatch.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            Set<?> held = (Set<?>) value;
            int found = 0;
            for (String tag : tagsMatch.tags()) {
                if (held.contains(tag)) {
                    found++;
                }
            }
            return Truth.of(switch (tagsMatch.operator()) {
                case ANY -> found > 0;
                case ALL -> found == tagsMatch.tags().size();
                case NONE -> found == 0;
            });
        }

        @Override
        public Truth visitRelativeDate(RelativeDate relativeDate) {
            Object value = valueOf(relativeDate.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            int toThreshold;
            int toAsOf;
            if (value instanceof LocalDate date) {
                toThreshold = date.compareTo(asOf.date().minusDays(relativeDate.days()));
                toAsOf = date.compareTo(asOf.date());
            } else {
                Instant instant = (Instant) value;
                toThreshold = instant.compareTo(asOf.instant().minusSeconds(relativeDate.days() * 86_400L));
                toAsOf = instant.compareTo(asOf.instant());
            }
            return Truth.of(switch (relativeDate.operator()) {
                case WITHIN_LAST_DAYS -> toThreshold >= 0 && toAsOf <= 0;
                case BEFORE_DAYS_AGO -> toThreshold < 0;
                case AFTER_DAYS_AGO -> toThreshold > 0;
            });
        }

        @Override
        public Truth visitWithinDistance(WithinDistance withinDistance) {
            Object value = valueOf(withinDistance.attribute().name());
            if (value == null) {
                return Truth.UNKNOWN;
            }
            GeoPoint point = (GeoPoint) value;
            return Truth.of(point.distanceKm(withinDistance.center()) <= withinDistance.km());
        }

        @Override
        public Truth visitPresence(Presence presence) {
            boolean present = valueOf(presence.attribute().name()) != null;
            return Truth.of(present == presence.isPresentTest());
        }

        @Override
        public Truth visitInSegment(InSegment inSegment) {
            return Truth.of(isMember(inSegment.segmentName(), customer));
        }
    }

    /** Orders two present values of the same attribute; doubles as primitives, so {@code -0.0 == 0.0}. */
    private static int compare(Object value, Object constant) {
        if (value instanceof Double d) {
            double a = d;
            double b = (Double) constant;
            return a < b ? -1 : (a > b ? 1 : 0);
        }
        if (value instanceof Long l) {
            return Long.compare(l, (Long) constant);
        }
        if (value instanceof LocalDate date) {
            return date.compareTo((LocalDate) constant);
        }
        return ((Instant) value).compareTo((Instant) constant);
    }
}
