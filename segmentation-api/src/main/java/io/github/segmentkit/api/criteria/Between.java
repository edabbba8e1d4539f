package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.OrderedAttribute;
import java.util.Objects;

/**
 * An ordered attribute within {@code [low, high]}, both bounds inclusive; UNKNOWN when the attribute is missing.
 * {@code low > high} is reported when the segment is built, naming the segment.
 *
 * <pre>{@code
 * Criterion millennials = AGE.between(25, 34);   // 25 and 34 included
 * }</pre>
 *
 * @param attribute the attribute tested
 * @param low       the inclusive lower bound
 * @param high      the inclusive upper bound
 * @param <V>       the attribute's value type
 */
public record Between<V>(OrderedAttribute<V> attribute, V low, V high) implements Criterion {
    public Between {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(low, () -> attribute.name() + ".between(null, …)");
        Objects.requireNonNull(high, () -> attribute.name() + ".between(…, null)");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitBetween(this);
    }

    @Override
    public String toString() {
        return attribute.name() + ".between(" + low + ", " + high + ")";
    }
}
