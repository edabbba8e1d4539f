package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.TemporalAttribute;
import java.util.Objects;

/**
 * A date or timestamp compared with "N days before the as-of time" of the evaluation; UNKNOWN when missing. For a
 * date attribute, N days are calendar days back from the as-of date; for a timestamp, N × 24 hours back from the
 * as-of instant. Negative N is reported when the segment is built.
 *
 * <pre>{@code
 * Criterion lapsed = LAST_ORDER.beforeDaysAgo(365);
 * }</pre>
 *
 * @param attribute the date or timestamp attribute
 * @param operator  within, before or after
 * @param days      N, at least 0
 */
public record RelativeDate(TemporalAttribute<?> attribute, RelativeDateOperator operator, long days)
        implements Criterion {
    public RelativeDate {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitRelativeDate(this);
    }

    @Override
    public String toString() {
        return attribute.name() + "." + operator.methodName() + "(" + days + ")";
    }
}
