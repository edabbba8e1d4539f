package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.Between;
import io.github.segmentkit.api.criteria.Comparison;
import io.github.segmentkit.api.criteria.ComparisonOperator;
import io.github.segmentkit.api.criteria.Criterion;

/**
 * An attribute whose values are ordered, so that it supports {@code eq/ne/lt/le/gt/ge/between}.
 *
 * <pre>{@code
 * Criterion adults = AGE.ge(18L);
 * Criterion midIncome = INCOME.between(40_000.0, 80_000.0);   // bounds are inclusive
 * }</pre>
 *
 * @param <V> the boxed value type ({@code Long}, {@code Double}, {@code LocalDate}, {@code Instant})
 */
public sealed interface OrderedAttribute<V> extends Attribute
        permits LongAttribute, DoubleAttribute, TemporalAttribute {

    /** The Java type of this attribute's values. */
    Class<V> valueType();

    /**
     * Compares two present values the way criteria do. Doubles compare as primitives, so {@code -0.0} equals
     * {@code 0.0}; callers never pass NaN (it is a missing value).
     */
    int compareValues(V left, V right);

    /** Equal to the value. */
    default Criterion eq(V value) {
        return new Comparison<>(this, ComparisonOperator.EQ, value);
    }

    /** Present and not equal to the value (a missing value gives UNKNOWN, as in SQL). */
    default Criterion ne(V value) {
        return new Comparison<>(this, ComparisonOperator.NE, value);
    }

    /** Strictly less than the value. */
    default Criterion lt(V value) {
        return new Comparison<>(this, ComparisonOperator.LT, value);
    }

    /** Less than or equal to the value. */
    default Criterion le(V value) {
        return new Comparison<>(this, ComparisonOperator.LE, value);
    }

    /** Strictly greater than the value. */
    default Criterion gt(V value) {
        return new Comparison<>(this, ComparisonOperator.GT, value);
    }

    /** Greater than or equal to the value. */
    default Criterion ge(V value) {
        return new Comparison<>(this, ComparisonOperator.GE, value);
    }

    /** Within {@code [low, high]}, both bounds inclusive. {@code low > high} is rejected when the segment is built. */
    default Criterion between(V low, V high) {
        return new Between<>(this, low, high);
    }
}
