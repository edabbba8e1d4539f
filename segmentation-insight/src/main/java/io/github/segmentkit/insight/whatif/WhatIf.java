package io.github.segmentkit.insight.whatif;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.attribute.OrderedAttribute;
import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criteria;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.core.engine.ColumnValues;
import io.github.segmentkit.core.engine.CustomerTable;
import io.github.segmentkit.insight.CriterionLeaf;
import io.github.segmentkit.insight.internal.DerivedSegments;
import io.github.segmentkit.insight.internal.LeafReplacer;
import io.github.segmentkit.insight.internal.Members;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * What-if threshold sweeps: a segment's size at each of up to {@value #MAX_CANDIDATES} candidate values of one
 * bound of one numeric leaf ({@code eq/ne/lt/le/gt/ge} or {@code between} on a whole-number or double attribute),
 * in one pass rather than one segmentation per candidate.
 *
 * <p>How: the engine segments the table once with the segment as defined and two variants, the leaf made TRUE and
 * made FALSE. A customer in both variants is a member at every bound, in neither at none; a customer without a value
 * keeps their membership (the leaf is UNKNOWN whatever the bound). Only the others depend on the bound, and for each
 * of them the bounds that make the leaf TRUE form one or two runs of the sorted candidates, found by binary search
 * and added to a difference array. Cost: one segmentation, one read of the column, and O(log k) per such customer
 * for k candidates.
 *
 * <pre>{@code
 * ThresholdSweep sweep = WhatIf.sweep(definition, table, "adults", 0, SweptBound.VALUE, 16L, 18L, 21L);
 * }</pre>
 *
 * <p>The limit on candidates keeps a sweep the size of a chart. Stateless.
 */
public final class WhatIf {
    /** The most candidates one sweep takes. */
    public static final int MAX_CANDIDATES = 1_000;

    private WhatIf() {
    }

    /**
     * The size of {@code segment} at each candidate of {@code bound} of leaf {@code leaf} (depth-first index, see
     * {@link CriterionLeaf}); the leaf's attribute may be a whole-number or double one.
     *
     * @throws IllegalArgumentException naming the segment and leaf when there is no such segment or leaf, the leaf
     *                                  is not a numeric comparison or {@code between}, the bound does not fit it
     *                                  ({@link SweptBound#VALUE} for a comparison, {@code LOW} or {@code HIGH} for
     *                                  {@code between}), or there are no or more than {@value #MAX_CANDIDATES}
     *                                  candidates
     */
    public static <T> ThresholdSweep sweep(SegmenterDefinition<T> definition, CustomerTable<T> table,
            String segment, int leaf, SweptBound bound, long... candidates) {
        Objects.requireNonNull(candidates, "candidates");
        Number[] boxed = new Number[candidates.length];
        boolean isDouble = attributeOf(definition, segment, leaf).kind() == AttributeKind.DOUBLE;
        long[] keys = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            boxed[i] = isDouble ? (Number) (double) candidates[i] : (Number) candidates[i];
            keys[i] = isDouble ? ColumnValues.orderKeyOf(candidates[i]) : candidates[i];
        }
        return sweep(definition, table, segment, leaf, bound, keys, boxed);
    }

    /**
     * Like {@link #sweep(SegmenterDefinition, CustomerTable, String, int, SweptBound, long...)} for a leaf on a
     * double attribute.
     *
     * @throws IllegalArgumentException also when the leaf's attribute holds whole numbers, or a candidate is NaN
     */
    public static <T> ThresholdSweep sweep(SegmenterDefinition<T> definition, CustomerTable<T> table,
            String segment, int leaf, SweptBound bound, double... candidates) {
        Objects.requireNonNull(candidates, "candidates");
        OrderedAttribute<?> attribute = attributeOf(definition, segment, leaf);
        if (attribute.kind() != AttributeKind.DOUBLE) {
            throw new IllegalArgumentException("leaf " + leaf + " of segment '" + segment + "' is on '"
                    + attribute.name() + "', a " + attribute.kind().label() + " attribute: give whole-number"
                    + " candidates");
        }
        Number[] boxed = new Number[candidates.length];
        long[] keys = new long[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            if (Double.isNaN(candidates[i])) {
                throw new IllegalArgumentException("candidate " + i + " of the sweep of segment '" + segment
                        + "' is NaN");
            }
            boxed[i] = candidates[i];
            keys[i] = ColumnValues.orderKeyOf(candidates[i]);
        }
        return sweep(definition, table, segment, leaf, bound, keys, boxed);
    }

    private static Segment segmentOf(SegmenterDefinition<?> definition, String segment) {
        return definition.segments().stream().filter(s -> s.name().equals(segment)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no segment named '" + segment + "'; segments are "
                        + definition.segments().stream().map(Segment::name).toList()));
    }

    private static CriterionLeaf leafOf(SegmenterDefinition<?> definition, String segment, int leaf) {
        List<CriterionLeaf> leaves = CriterionLeaf.leavesOf(segmentOf(definition, segment).criterion());
        if (leaf < 0 || leaf >= leaves.size()) {
            throw new IllegalArgumentException("segment '" + segment + "' has leaves 0 to " + (leaves.size() - 1)
                    + ", not " + leaf + ": " + leaves);
        }
        return leaves.get(leaf);
    }

    private static OrderedAttribute<?> attributeOf(SegmenterDefinition<?> definition, String segment, int leaf) {
        Criterion criterion = leafOf(definition, segment, leaf).criterion();
        OrderedAttribute<?> attribute;
        if (criterion instanceof Comparison<?> comparison) {
            attribute = comparison.attribute();
        } else if (criterion instanceof Between<?> between) {
            attribute = between.attribute();
        } else {
            throw new IllegalArgumentException("leaf " + leaf + " of segment '" + segment + "' is " + criterion
                    + ": a what-if sweep needs a comparison or between");
        }
        if (attribute.kind() != AttributeKind.LONG && attribute.kind() != AttributeKind.DOUBLE) {
            throw new IllegalArgumentException("leaf " + leaf + " of segment '" + segment + "' is " + criterion
                    + ", on a " + attribute.kind().label() + " attribute: a what-if sweep needs a number");
        }
        return attribute;
    }

    private static <T> ThresholdSweep sweep(SegmenterDefinition<T> definition, CustomerTable<T> table,
            String segment, int leafIndex, SweptBound bound, long[] keys, Number[] boxed) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(bound, "bound");
        if (keys.length == 0 || keys.length > MAX_CANDIDATES) {
            throw new IllegalArgumentException("a sweep of segment '" + segment + "' takes 1 to " + MAX_CANDIDATES
                    + " candidates, got " + keys.length);
        }
        CriterionLeaf leaf = leafOf(definition, segment, leafIndex);
        OrderedAttribute<?> attribute = attributeOf(definition, segment, leafIndex);
        boolean isDouble = attribute.kind() == AttributeKind.DOUBLE;
        BoundTest test = BoundTest.of(leaf.criterion(), bound, isDouble, segment, leafIndex);

        Criterion criterion = segmentOf(definition, segment).criterion();
        RoaringBitmap[] members = DerivedSegments.members(definition, table, List.of(
                LeafReplacer.replace(criterion, leafIndex, Criteria.all()),
                LeafReplacer.replace(criterion, leafIndex, Criteria.none())));
        int segmentIndex = definition.segments().indexOf(segmentOf(definition, segment));
        RoaringBitmap asDefined = members[segmentIndex];
        RoaringBitmap whenTrue = members[members.length - 2];
        RoaringBitmap whenFalse = members[members.length - 1];

        ColumnValues column = ColumnValues.of(table, attribute.name());
        RoaringBitmap missing = Members.ofWords(column.missingRows());
        long[] values = column.orderKeys();
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        // always a member: no value and a member as defined, or a member whatever the leaf says
        RoaringBitmap always = RoaringBitmap.and(whenTrue, whenFalse);
        always.andNot(missing);
        int base = RoaringBitmap.andCardinality(asDefined, missing) + always.getCardinality();
        int[] delta = new int[k + 1];
        RoaringBitmap dependent = RoaringBitmap.xor(whenTrue, whenFalse);
        dependent.andNot(missing);
        PeekableIntIterator rows = dependent.getIntIterator();
        while (rows.hasNext()) {
            int row = rows.next();
            int sign = 1;
            if (!whenTrue.contains(row)) {
                // a member when the leaf is FALSE (it lies under a not): every bound but those making it TRUE
                base++;
                sign = -1;
            }
            test.addTrueRuns(values[row], sorted, delta, sign);
        }
        int[] counts = new int[k];
        int running = base;
        for (int i = 0; i < k; i++) {
            running += delta[i];
            counts[i] = running;
        }
        List<SweepPoint> points = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            points.add(new SweepPoint(boxed[i], counts[lowerBound(sorted, keys[i])]));
        }
        return new ThresholdSweep(segment, leaf, bound, asDefined.getCardinality(), points);
    }

    /** The first index whose key is at least {@code key}. */
    static int lowerBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index whose key is above {@code key}. */
    static int upperBound(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * For one value, the candidate bounds (sorted keys) that make the leaf TRUE: one or two runs of the sorted
     * candidates.
     *
     * @param operator the comparison, for {@link SweptBound#VALUE}
     * @param fixed    the key of the bound that stays, for {@code LOW} and {@code HIGH}
     */
    private record BoundTest(SweptBound bound, ComparisonOperator operator, long fixed) {
        static BoundTest of(Criterion leaf, SweptBound bound, boolean isDouble, String segment, int index) {
            if (leaf instanceof Comparison<?> comparison) {
                if (bound != SweptBound.VALUE) {
                    throw new IllegalArgumentException(misfit(segment, index, leaf, bound, "VALUE"));
                }
                return new BoundTest(bound, comparison.operator(), 0L);
            }
            Between<?> between = (Between<?>) leaf;
            if (bound == SweptBound.VALUE) {
                throw new IllegalArgumentException(misfit(segment, index, leaf, bound, "LOW or HIGH"));
            }
            Object stays = bound == SweptBound.LOW ? between.high() : between.low();
            long fixed = isDouble ? ColumnValues.orderKeyOf((Double) stays) : (Long) stays;
            return new BoundTest(bound, null, fixed);
        }

        private static String misfit(String segment, int index, Criterion leaf, SweptBound bound, String fits) {
            return "leaf " + index + " of segment '" + segment + "' is " + leaf + ": its bound is " + fits + ", not "
                    + bound;
        }

        /** Adds {@code sign} to {@code delta} over each run of candidates that makes the leaf TRUE for {@code v}. */
        void addTrueRuns(long v, long[] sorted, int[] delta, int sign) {
            int k = sorted.length;
            switch (bound) {
                case LOW -> {
                    if (v <= fixed) {
                        add(delta, 0, upperBound(sorted, v), sign);          // low <= v
                    }
                }
                case HIGH -> {
                    if (v >= fixed) {
                        add(delta, lowerBound(sorted, v), k, sign);          // high >= v
                    }
                }
                default -> {
                    switch (operator) {
                        case GE -> add(delta, 0, upperBound(sorted, v), sign);   // v >= b
                        case GT -> add(delta, 0, lowerBound(sorted, v), sign);   // v > b
                        case LE -> add(delta, lowerBound(sorted, v), k, sign);   // v <= b
                        case LT -> add(delta, upperBound(sorted, v), k, sign);   // v < b
                        case EQ -> add(delta, lowerBound(sorted, v), upperBound(sorted, v), sign);
                        case NE -> {
                            add(delta, 0, lowerBound(sorted, v), sign);
                            add(delta, upperBound(sorted, v), k, sign);
                        }
                    }
                }
            }
        }

        private static void add(int[] delta, int from, int to, int sign) {
            if (from < to) {
                delta[from] += sign;
                delta[to] -= sign;
            }
        }
    }
}
