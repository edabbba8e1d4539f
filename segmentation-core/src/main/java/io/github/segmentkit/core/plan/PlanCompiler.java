package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.BooleanIs;
import io.github.segmentkit.api.criteria.CategoryIn;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
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
import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.column.Dictionary;
import io.github.segmentkit.core.column.OrderedKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Compiles criteria into the steps of an {@link EvaluationPlan} for one table and one as-of time. Equal sub-trees
 * (records compare by value) get one slot, evaluated once for all the segments that share them; constants are
 * translated once into the column's encoding (double keys, epoch days, (second, nano) pairs, dictionary codes).
 * Not thread-safe; one per compilation.
 */
final class PlanCompiler implements CriterionVisitor<Integer> {
    private static final long MAX_NANOS = 999_999_999L;
    /** The most runs of consecutive codes an {@code in} list is tested as ranges; more get a code-set lookup. */
    private static final int MAX_RUNS = 3;

    private final ColumnTable<?> table;
    private final AsOf asOf;
    private final Map<String, Segment> segments = new HashMap<>();
    private final Map<String, Integer> roots = new HashMap<>();
    private final Map<Criterion, Integer> slots = new HashMap<>();
    final List<Step> steps = new ArrayList<>();

    PlanCompiler(ColumnTable<?> table, List<Segment> segments, AsOf asOf) {
        this.table = table;
        this.asOf = asOf;
        segments.forEach(s -> this.segments.put(s.name(), s));
    }

    /** The slot holding the segment's membership (its criterion's TRUE rows). */
    int root(String segmentName) {
        Integer root = roots.get(segmentName);
        if (root == null) {
            Segment segment = segments.get(segmentName);
            if (segment == null) {
                throw new IllegalArgumentException("no segment named '" + segmentName + "'");
            }
            root = compile(segment.criterion());
            roots.put(segmentName, root);
        }
        return root;
    }

    private int compile(Criterion criterion) {
        Integer slot = slots.get(criterion);
        if (slot == null) {
            slot = criterion.accept(this);
            slots.put(criterion, slot);
        }
        return slot;
    }

    private int add(IntFunction<Step> step) {
        int slot = steps.size();
        steps.add(step.apply(slot));
        return slot;
    }

    private Column column(Attribute attribute) {
        Column column = table.column(attribute.name());
        if (column.attribute().kind() != attribute.kind()) {
            throw new IllegalArgumentException("attribute '" + attribute.name() + "' is a "
                    + attribute.kind().label() + " in the criteria but a " + column.attribute().kind().label()
                    + " in the table");
        }
        return column;
    }

    private int[] compileAll(List<Criterion> operands) {
        int[] compiled = new int[operands.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compile(operands.get(i));
        }
        return compiled;
    }

    @Override
    public Integer visitAll(All all) {
        return add(slot -> new ConstantStep(slot, true));
    }

    @Override
    public Integer visitNone(None none) {
        return add(slot -> new ConstantStep(slot, false));
    }

    @Override
    public Integer visitAnd(And and) {
        int[] operands = compileAll(and.operands());
        return add(slot -> new ConnectiveStep(slot, operands, true));
    }

    @Override
    public Integer visitOr(Or or) {
        int[] operands = compileAll(or.operands());
        return add(slot -> new ConnectiveStep(slot, operands, false));
    }

    @Override
    public Integer visitNot(Not not) {
        int operand = compile(not.operand());
        return add(slot -> new NotStep(slot, operand));
    }

    /** The key of an ordered constant in its column's encoding; timestamps are handled apart. */
    private static long key(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d) {
            return OrderedKeys.ofDouble(d);
        }
        return ((LocalDate) value).toEpochDay();
    }

    @Override
    public Integer visitComparison(Comparison<?> comparison) {
        Column column = column(comparison.attribute());
        ComparisonOperator operator = comparison.operator();
        if (comparison.attribute().kind() == AttributeKind.TIMESTAMP) {
            Instant value = (Instant) comparison.value();
            long s = value.getEpochSecond();
            long n = value.getNano();
            return switch (operator) {
                case EQ -> timestampRange(column, s, n, s, n, false);
                case NE -> timestampRange(column, s, n, s, n, true);
                case LT -> timestampBefore(column, s, n);
                case LE -> timestampRange(column, Long.MIN_VALUE, 0, s, n, false);
                case GT -> timestampAfter(column, s, n);
                case GE -> timestampRange(column, s, n, Long.MAX_VALUE, MAX_NANOS, false);
            };
        }
        long k = key(comparison.value());
        return switch (operator) {
            case EQ -> range(column, k, k, false);
            case NE -> range(column, k, k, true);
            case LT -> k == Long.MIN_VALUE ? range(column, 1, 0, false) : range(column, Long.MIN_VALUE, k - 1, false);
            case LE -> range(column, Long.MIN_VALUE, k, false);
            case GT -> k == Long.MAX_VALUE ? range(column, 1, 0, false) : range(column, k + 1, Long.MAX_VALUE, false);
            case GE -> range(column, k, Long.MAX_VALUE, false);
        };
    }

    private int range(Column column, long low, long high, boolean negate) {
        return add(slot -> new RangeStep(slot, column, new long[] {low}, new long[] {high}, negate));
    }

    private int timestampRange(Column column, long lowSeconds, long lowNanos, long highSeconds, long highNanos,
            boolean negate) {
        return add(slot -> new TimestampRangeStep(slot, column, lowSeconds, lowNanos, highSeconds, highNanos,
                negate));
    }

    /** Instants strictly before (seconds, nanos): up to the nanosecond before it. */
    private int timestampBefore(Column column, long seconds, long nanos) {
        return nanos > 0 ? timestampRange(column, Long.MIN_VALUE, 0, seconds, nanos - 1, false)
                : timestampRange(column, Long.MIN_VALUE, 0, seconds - 1, MAX_NANOS, false);
    }

    /** Instants strictly after (seconds, nanos): from the nanosecond after it. */
    private int timestampAfter(Column column, long seconds, long nanos) {
        return nanos < MAX_NANOS ? timestampRange(column, seconds, nanos + 1, Long.MAX_VALUE, MAX_NANOS, false)
                : timestampRange(column, seconds + 1, 0, Long.MAX_VALUE, MAX_NANOS, false);
    }

    @Override
    public Integer visitBetween(Between<?> between) {
        Column column = column(between.attribute());
        if (between.attribute().kind() == AttributeKind.TIMESTAMP) {
            Instant low = (Instant) between.low();
            Instant high = (Instant) between.high();
            return timestampRange(column, low.getEpochSecond(), low.getNano(), high.getEpochSecond(), high.getNano(),
                    false);
        }
        return range(column, key(between.low()), key(between.high()), false);
    }

    @Override
    public Integer visitCategoryIn(CategoryIn in) {
        Column column = column(in.attribute());
        Dictionary dictionary = column.dictionary();
        long[] codes = new long[Math.max(1, (dictionary.size() + 63) >>> 6)];
        int found = 0;
        for (String value : in.values()) {
            int code = dictionary.codeOf(value);
            if (code >= 0) {
                codes[code >>> 6] |= 1L << code;
                found++;
            }
        }
        if (found == 0) {
            // no row holds any of the values: FALSE where present, UNKNOWN where missing
            return range(column, 1, 0, false);
        }
        // runs of consecutive codes: a few range scans are cheaper than a lookup per row
        List<long[]> runs = new ArrayList<>();
        for (int code = nextCode(codes, 0); code >= 0; ) {
            int end = code;
            while (end + 1 < dictionary.size() && (codes[(end + 1) >>> 6] & (1L << (end + 1))) != 0) {
                end++;
            }
            runs.add(new long[] {code, end});
            code = nextCode(codes, end + 1);
        }
        if (runs.size() <= MAX_RUNS) {
            long[] lows = runs.stream().mapToLong(run -> run[0]).toArray();
            long[] highs = runs.stream().mapToLong(run -> run[1]).toArray();
            return add(slot -> new RangeStep(slot, column, lows, highs, false));
        }
        return add(slot -> new CodeSetStep(slot, column, codes));
    }

    /** The smallest code at or after {@code from} in the set, or -1. */
    private static int nextCode(long[] codes, int from) {
        for (int code = from; code < 64 * codes.length; code++) {
            if ((codes[code >>> 6] & (1L << code)) != 0) {
                return code;
            }
        }
        return -1;
    }

    @Override
    public Integer visitBooleanIs(BooleanIs booleanIs) {
        Column column = column(booleanIs.attribute());
        return add(slot -> new BooleanStep(slot, column, booleanIs.value()));
    }

    @Override
    public Integer visitTagsMatch(TagsMatch tagsMatch) {
        Column column = column(tagsMatch.attribute());
        int[] codes = tagsMatch.tags().stream().mapToInt(column.dictionary()::codeOf).toArray();
        return add(slot -> new TagsStep(slot, column, tagsMatch.operator(), codes));
    }

    @Override
    public Integer visitRelativeDate(RelativeDate relativeDate) {
        Column column = column(relativeDate.attribute());
        if (relativeDate.attribute().kind() == AttributeKind.DATE) {
            long today = asOf.date().toEpochDay();
            long threshold = asOf.date().minusDays(relativeDate.days()).toEpochDay();
            return switch (relativeDate.operator()) {
                case WITHIN_LAST_DAYS -> range(column, threshold, today, false);
                case BEFORE_DAYS_AGO -> range(column, Long.MIN_VALUE, threshold - 1, false);
                case AFTER_DAYS_AGO -> range(column, threshold + 1, Long.MAX_VALUE, false);
            };
        }
        Instant now = asOf.instant();
        Instant threshold = now.minusSeconds(relativeDate.days() * 86_400L);
        long s = threshold.getEpochSecond();
        long n = threshold.getNano();
        return switch (relativeDate.operator()) {
            case WITHIN_LAST_DAYS -> timestampRange(column, s, n, now.getEpochSecond(), now.getNano(), false);
            case BEFORE_DAYS_AGO -> timestampBefore(column, s, n);
            case AFTER_DAYS_AGO -> timestampAfter(column, s, n);
        };
    }

    @Override
    public Integer visitWithinDistance(WithinDistance withinDistance) {
        Column column = column(withinDistance.attribute());
        return add(slot -> new GeoStep(slot, column, withinDistance.center(), withinDistance.km()));
    }

    @Override
    public Integer visitPresence(Presence presence) {
        Column column = column(presence.attribute());
        return add(slot -> new PresenceStep(slot, column, presence.isPresentTest()));
    }

    @Override
    public Integer visitInSegment(InSegment inSegment) {
        int root = root(inSegment.segmentName());
        return add(slot -> new MembershipStep(slot, root));
    }
}
