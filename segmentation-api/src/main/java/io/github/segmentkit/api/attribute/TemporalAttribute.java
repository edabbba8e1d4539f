package io.github.segmentkit.api.attribute;

import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.RelativeDate;
import io.github.segmentkit.api.criteria.RelativeDateOperator;

/**
 * A date or timestamp attribute. Besides absolute comparisons it supports criteria relative to the as-of time that
 * the {@link io.github.segmentkit.api.Segmenter} is given (never the wall clock silently).
 *
 * <pre>{@code
 * Criterion active = LAST_ORDER.withinDays(90);       // as-of − 90 days ≤ last order ≤ as-of
 * Criterion lapsed = LAST_ORDER.beforeDaysAgo(365);   // last order < as-of − 365 days
 * }</pre>
 *
 * @param <V> {@code LocalDate} or {@code Instant}
 */
public sealed interface TemporalAttribute<V> extends OrderedAttribute<V> permits DateAttribute, TimestampAttribute {

    /** In the last {@code days} days: {@code asOf − days ≤ value ≤ asOf}. */
    default Criterion withinDays(long days) {
        return new RelativeDate(this, RelativeDateOperator.WITHIN_LAST_DAYS, days);
    }

    /** Earlier than {@code days} days before the as-of time: {@code value < asOf − days}. */
    default Criterion beforeDaysAgo(long days) {
        return new RelativeDate(this, RelativeDateOperator.BEFORE_DAYS_AGO, days);
    }

    /** Later than {@code days} days before the as-of time: {@code value > asOf − days} (future values included). */
    default Criterion afterDaysAgo(long days) {
        return new RelativeDate(this, RelativeDateOperator.AFTER_DAYS_AGO, days);
    }

    /** Strictly before an absolute value; the same as {@link #lt}. */
    default Criterion before(V value) {
        return lt(value);
    }

    /** Strictly after an absolute value; the same as {@link #gt}. */
    default Criterion after(V value) {
        return gt(value);
    }
}
