package io.github.segmentkit.api.criteria;

import java.util.List;
import java.util.stream.Collectors;

/**
 * TRUE when every operand is TRUE, FALSE when any is FALSE, otherwise UNKNOWN.
 *
 * <pre>{@code
 * Criterion c = new And(List.of(AGE.ge(18L), COUNTRY.eq("DE")));
 * }</pre>
 *
 * @param operands at least two criteria, in order
 */
public record And(List<Criterion> operands) implements Criterion {
    public And {
        operands = List.copyOf(operands);
        if (operands.size() < 2) {
            throw new IllegalArgumentException("and needs at least two operands, got " + operands.size());
        }
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitAnd(this);
    }

    @Override
    public String toString() {
        return operands.stream().map(Object::toString).collect(Collectors.joining(", ", "and(", ")"));
    }
}
