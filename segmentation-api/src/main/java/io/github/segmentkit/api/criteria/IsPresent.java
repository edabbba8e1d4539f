package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.Attribute;
import java.util.Objects;

/**
 * Whether an attribute has a value ({@code present = true}) or is missing ({@code present = false}); never
 * UNKNOWN. NaN doubles count as missing.
 *
 * <pre>{@code
 * Criterion noIncome = Criteria.isMissing(INCOME);
 * }</pre>
 *
 * @param attribute the attribute tested
 * @param present   {@code true} for "is present", {@code false} for "is missing"
 */
public record IsPresent(Attribute attribute, boolean present) implements Criterion {
    public IsPresent {
        Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitIsPresent(this);
    }

    @Override
    public String toString() {
        return (present ? "isPresent(" : "isMissing(") + attribute.name() + ")";
    }
}
