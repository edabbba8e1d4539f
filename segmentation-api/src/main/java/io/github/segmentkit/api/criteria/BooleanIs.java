package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.BooleanAttribute;
import java.util.Objects;

/**
 * A yes/no attribute equal to {@code value}; UNKNOWN when missing.
 *
 * <pre>{@code
 * Criterion reachable = OPTED_IN.isTrue();
 * }</pre>
 *
 * @param attribute the attribute tested
 * @param value     the value required
 */
public record BooleanIs(BooleanAttribute attribute, boolean value) implements Criterion {
    public BooleanIs {
        Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitBooleanIs(this);
    }

    @Override
    public String toString() {
        return attribute.name() + (value ? ".isTrue()" : ".isFalse()");
    }
}
