package io.github.segmentkit.api.criteria;

import java.util.Objects;

/**
 * TRUE when the operand is FALSE, FALSE when it is TRUE, UNKNOWN when it is UNKNOWN.
 *
 * <pre>{@code
 * Criterion notInUk = new Not(COUNTRY.eq("GB"));   // UNKNOWN for a customer without a country
 * }</pre>
 *
 * @param operand the negated criterion
 */
public record Not(Criterion operand) implements Criterion {
    public Not {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitNot(this);
    }

    @Override
    public String toString() {
        return "not(" + operand + ")";
    }
}
