package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.OrderedAttribute;
import java.util.Objects;

/**
 * An ordered attribute compared with a constant; UNKNOWN when the attribute is missing.
 *
 * <pre>{@code
 * Criterion adults = AGE.ge(18L);   // new Comparison<>(AGE, ComparisonOperator.GE, 18L)
 * }</pre>
 *
 * @param attribute the attribute compared
 * @param operator  the comparison
 * @param value     the constant (not NaN; checked when the segment is built)
 * @param <V>       the attribute's value type
 */
public record Comparison<V>(OrderedAttribute<V> attribute, ComparisonOperator operator, V value)
        implements Criterion {
    public Comparison {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, () -> attribute.name() + "." + operator.methodName() + "(null)");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitComparison(this);
    }

    @Override
    public String toString() {
        return attribute.name() + "." + operator.methodName() + "(" + value + ")";
    }
}
