package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.Attribute;
import java.util.Objects;

/**
 * Whether an attribute has a value or is missing; never UNKNOWN. NaN doubles count as missing.
 *
 * <pre>{@code
 * Criterion noIncome = Criteria.isMissing(INCOME);   // new Presence(INCOME, PresenceOperator.IS_MISSING)
 * }</pre>
 *
 * @param attribute the attribute tested
 * @param operator  {@link PresenceOperator#IS_PRESENT} or {@link PresenceOperator#IS_MISSING}
 */
public record Presence(Attribute attribute, PresenceOperator operator) implements Criterion {
    public Presence {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
    }

    /** Whether this asks for a value to be present (rather than missing). */
    public boolean isPresentTest() {
        return operator == PresenceOperator.IS_PRESENT;
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitPresence(this);
    }

    @Override
    public String toString() {
        return operator.methodName() + "(" + attribute.name() + ")";
    }
}
