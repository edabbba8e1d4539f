package io.github.segmentkit.core.row;

import static io.github.segmentkit.core.row.RowPredicate.FALSE;
import static io.github.segmentkit.core.row.RowPredicate.TRUE;
import static io.github.segmentkit.core.row.RowPredicate.UNKNOWN;
import static io.github.segmentkit.core.row.RowPredicate.of;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.DateAttribute;
import io.github.segmentkit.api.attribute.DoubleAttribute;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.attribute.TimestampAttribute;
import io.github.segmentkit.api.criteria.All;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
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
import io.github.segmentkit.api.criteria.TagsOperator;
import io.github.segmentkit.api.criteria.WithinDistance;
import io.github.segmentkit.core.plan.GeoRadius;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compiles the criteria of every segment into one list of distinct leaves ({@link RowPredicate}s over the attribute
 * slots, a leaf used by several segments or twice in one compiled once: leaves are records, deduplicated by
 * structural equality) and, per segment, a small postfix program of {@code and}/{@code or}/{@code not} over the
 * leaves' truths and the memberships of earlier segments ({@code inSegment}). Evaluating a customer then walks no
 * syntax tree, looks up no binding and allocates nothing.
 *
 * @param <T> the customer type
 */
final class RowCompiler<T> implements CriterionVisitor<Void> {
    static final int LEAF = 0;
    static final int MEMBER = 1;
    static final int CONSTANT = 2;
    static final int NOT = 3;
    static final int AND = 4;
    static final int OR = 5;
    static final int OPCODE_BITS = 3;
    static final int OPCODE_MASK = (1 << OPCODE_BITS) - 1;

    private final AttributeSlots<T> slots;
    private final Map<String, Integer> segmentIndexes;
    private final Map<Criterion, Integer> leafIndexes = new HashMap<>();
    private final List<RowPredicate> leaves = new ArrayList<>();
    private final List<Criterion> leafCriteria = new ArrayList<>();
    private final List<Integer> leafSlots = new ArrayList<>();
    private int[] code = new int[16];
    private int length;

    /**
     * @param slots          the attribute slots of the schema, already checked against the criteria
     * @param segmentIndexes the declared index of every segment, for {@code inSegment}
     */
    RowCompiler(AttributeSlots<T> slots, Map<String, Integer> segmentIndexes) {
        this.slots = slots;
        this.segmentIndexes = segmentIndexes;
    }

    /** The postfix program of {@code criterion}; its leaves join {@link #leaves()}. */
    int[] compile(Criterion criterion) {
        length = 0;
        criterion.accept(this);
        return Arrays.copyOf(code, length);
    }

    /** Every distinct leaf of the criteria compiled so far, by leaf index. */
    RowPredicate[] leaves() {
        return leaves.toArray(new RowPredicate[0]);
    }

    /** The criterion of every distinct leaf, by leaf index. */
    Criterion[] leafCriteria() {
        return leafCriteria.toArray(new Criterion[0]);
    }

    /** The attribute slot every distinct leaf reads, by leaf index. */
    int[] leafSlots() {
        return leafSlots.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The deepest operand stack {@code program} needs. */
    static int stackDepth(int[] program) {
        int depth = 0;
        int deepest = 0;
        for (int instruction : program) {
            int opcode = instruction & OPCODE_MASK;
            if (opcode == AND || opcode == OR) {
                depth -= (instruction >>> OPCODE_BITS) - 1;
            } else if (opcode != NOT) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    private void emit(int opcode, int argument) {
        if (length == code.length) {
            code = Arrays.copyOf(code, 2 * length);
        }
        code[length++] = argument << OPCODE_BITS | opcode;
    }

    private Void leaf(Criterion criterion, String attribute, Supplier<RowPredicate> compiled) {
        Integer index = leafIndexes.get(criterion);
        if (index == null) {
            index = leaves.size();
            leaves.add(compiled.get());
            leafCriteria.add(criterion);
            leafSlots.add(slots.slotOf(attribute));
            leafIndexes.put(criterion, index);
        }
        emit(LEAF, index);
        return null;
    }

    @Override
    public Void visitAll(All all) {
        emit(CONSTANT, TRUE);
        return null;
    }

    @Override
    public Void visitNone(None none) {
        emit(CONSTANT, FALSE);
        return null;
    }

    @Override
    public Void visitAnd(And and) {
        and.operands().forEach(operand -> operand.accept(this));
        emit(AND, and.operands().size());
        return null;
    }

    @Override
    public Void visitOr(Or or) {
        or.operands().forEach(operand -> operand.accept(this));
        emit(OR, or.operands().size());
        return null;
    }

    @Override
    public Void visitNot(Not not) {
        not.operand().accept(this);
        emit(NOT, 0);
        return null;
    }

    @Override
    public Void visitInSegment(InSegment inSegment) {
        emit(MEMBER, segmentIndexes.get(inSegment.segmentName()));
        return null;
    }

    @Override
    public Void visitComparison(Comparison<?> comparison) {
        return leaf(comparison, comparison.attribute().name(), () -> compare(comparison.attribute(), comparison.operator(), comparison.value()));
    }

    private RowPredicate compare(Attribute attribute, ComparisonOperator operator, Object value) {
        int slot = slots.slotOf(attribute.name());
        int at = 2 * slot;
        if (attribute instanceof DoubleAttribute) {
            double operand = (Double) value;
            // the order of DoubleAttribute.compareValues: -0.0 equals 0.0; NaN is missing
            return context -> {
                double read = context.doubles[at];
                return read != read ? UNKNOWN
                        : of(operator.test(read < operand ? -1 : (read > operand ? 1 : 0)));
            };
        }
        if (attribute instanceof TimestampAttribute) {
            Instant operand = (Instant) value;
            long seconds = operand.getEpochSecond();
            int nanos = operand.getNano();
            return context -> context.present[slot]
                    ? of(operator.test(compareInstant(context, at, seconds, nanos))) : UNKNOWN;
        }
        long operand = longKey(attribute, value);
        return context -> context.present[slot]
                ? of(operator.test(Long.compare(context.longs[at], operand))) : UNKNOWN;
    }

    /** A long or a date (as its epoch day): both are kept in the long slot. */
    private static long longKey(Attribute attribute, Object value) {
        return attribute instanceof DateAttribute ? ((LocalDate) value).toEpochDay() : (Long) value;
    }

    /** Orders the timestamp in {@code context}'s slot at {@code at} against the instant (seconds, nanos). */
    private static int compareInstant(RowContext context, int at, long seconds, int nanos) {
        return compareInstant(context.longs[at], context.longs[at + 1], seconds, nanos);
    }

    @Override
    public Void visitBetween(Between<?> between) {
        return leaf(between, between.attribute().name(), () -> between(between.attribute(), between.low(), between.high()));
    }

    private RowPredicate between(Attribute attribute, Object low, Object high) {
        int slot = slots.slotOf(attribute.name());
        int at = 2 * slot;
        if (attribute instanceof DoubleAttribute) {
            double from = (Double) low;
            double to = (Double) high;
            return context -> {
                double read = context.doubles[at];
                return read != read ? UNKNOWN : of(read >= from && read <= to);
            };
        }
        if (attribute instanceof TimestampAttribute) {
            long fromSeconds = ((Instant) low).getEpochSecond();
            int fromNanos = ((Instant) low).getNano();
            long toSeconds = ((Instant) high).getEpochSecond();
            int toNanos = ((Instant) high).getNano();
            return context -> context.present[slot]
                    ? of(compareInstant(context, at, fromSeconds, fromNanos) >= 0
                            && compareInstant(context, at, toSeconds, toNanos) <= 0)
                    : UNKNOWN;
        }
        long from = longKey(attribute, low);
        long to = longKey(attribute, high);
        return context -> {
            long read = context.longs[at];
            return context.present[slot] ? of(read >= from && read <= to) : UNKNOWN;
        };
    }

    @Override
    public Void visitCategoryIn(CategoryIn in) {
        return leaf(in, in.attribute().name(), () -> {
            int slot = slots.slotOf(in.attribute().name());
            String[] values = in.values().toArray(new String[0]);
            return context -> {
                Object raw = context.refs[slot];
                if (raw == null) {
                    return UNKNOWN;
                }
                for (String value : values) {
                    if (value.equals(raw)) {
                        return TRUE;
                    }
                }
                return FALSE;
            };
        });
    }

    @Override
    public Void visitBooleanIs(BooleanIs booleanIs) {
        return leaf(booleanIs, booleanIs.attribute().name(), () -> {
            int slot = slots.slotOf(booleanIs.attribute().name());
            Boolean expected = booleanIs.value();
            return context -> {
                Object raw = context.refs[slot];
                return raw == null ? UNKNOWN : of(expected.equals(raw));
            };
        });
    }

    @Override
    public Void visitTagsMatch(TagsMatch tagsMatch) {
        return leaf(tagsMatch, tagsMatch.attribute().name(), () -> {
            int slot = slots.slotOf(tagsMatch.attribute().name());
            String[] wanted = tagsMatch.tags().toArray(new String[0]);
            TagsOperator match = tagsMatch.operator();
            return context -> {
                @SuppressWarnings("unchecked")
                Collection<String> held = (Collection<String>) context.refs[slot];
                if (held == null) {
                    return UNKNOWN;
                }
                int found = 0;
                for (String tag : wanted) {
                    if (held.contains(tag)) {
                        found++;
                    }
                }
                return of(switch (match) {
                    case ANY -> found > 0;
                    case ALL -> found == wanted.length;
                    case NONE -> found == 0;
                });
            };
        });
    }

    @Override
    public Void visitRelativeDate(RelativeDate relativeDate) {
        return leaf(relativeDate, relativeDate.attribute().name(), () -> relative(relativeDate));
    }

    private RowPredicate relative(RelativeDate relativeDate) {
        int slot = slots.slotOf(relativeDate.attribute().name());
        int at = 2 * slot;
        long days = relativeDate.days();
        RelativeDateOperator operator = relativeDate.operator();
        if (relativeDate.attribute() instanceof DateAttribute) {
            return context -> context.present[slot]
                    ? relativeDateTruth(operator, days, context.longs[at], context) : UNKNOWN;
        }
        long span = days * 86_400L;
        return context -> context.present[slot]
                ? relativeTimestampTruth(operator, span, context.longs[at], context.longs[at + 1], context) : UNKNOWN;
    }

    /** The truth of a relative criterion {@code days} long on a date's epoch day, as of the context's time. */
    static int relativeDateTruth(RelativeDateOperator operator, long days, long day, RowContext context) {
        long today = context.asOfEpochDay();
        return of(relate(operator, Long.compare(day, today - days), Long.compare(day, today)));
    }

    /** The truth of a relative criterion {@code span} seconds long on a timestamp, as of the context's time. */
    static int relativeTimestampTruth(RelativeDateOperator operator, long span, long second, long nano,
            RowContext context) {
        long now = context.asOfSecond();
        int nanos = context.asOfNano();
        return of(relate(operator, compareInstant(second, nano, now - span, nanos),
                compareInstant(second, nano, now, nanos)));
    }

    private static int compareInstant(long second, long nano, long seconds, int nanos) {
        int bySeconds = Long.compare(second, seconds);
        return bySeconds != 0 ? bySeconds : Long.compare(nano, nanos);
    }

    private static boolean relate(RelativeDateOperator operator, int toThreshold, int toAsOf) {
        return switch (operator) {
            case WITHIN_LAST_DAYS -> toThreshold >= 0 && toAsOf <= 0;
            case BEFORE_DAYS_AGO -> toThreshold < 0;
            case AFTER_DAYS_AGO -> toThreshold > 0;
        };
    }

    @Override
    public Void visitWithinDistance(WithinDistance withinDistance) {
        return leaf(withinDistance, withinDistance.attribute().name(), () -> {
            int slot = slots.slotOf(withinDistance.attribute().name());
            int at = 2 * slot;
            // the conservative box spares most customers the trigonometry; the exact test decides the rest
            GeoRadius radius = GeoRadius.of(withinDistance.center(), withinDistance.km());
            return context -> {
                if (!context.present[slot]) {
                    return UNKNOWN;
                }
                return of(radius.contains(context.doubles[at], context.longitudes[at]));
            };
        });
    }

    @Override
    public Void visitPresence(Presence presence) {
        return leaf(presence, presence.attribute().name(), () -> {
            Attribute attribute = presence.attribute();
            int slot = slots.slotOf(attribute.name());
            boolean wanted = presence.isPresentTest();
            if (attribute instanceof DoubleAttribute) {
                return context -> of((context.doubles[2 * slot] == context.doubles[2 * slot]) == wanted);
            }
            if (attribute instanceof LongAttribute || attribute instanceof DateAttribute
                    || attribute instanceof TimestampAttribute || attribute instanceof GeoPointAttribute) {
                return context -> of(context.present[slot] == wanted);
            }
            return context -> of((context.refs[slot] != null) == wanted);
        });
    }
}
