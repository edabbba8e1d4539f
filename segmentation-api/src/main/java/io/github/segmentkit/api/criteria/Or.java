package io.github.segmentkit.api.criteria;

import java.util.List;
import java.util.stream.Collectors;

/**
 * TRUE when any operand is TRUE, FALSE when every operand is FALSE, otherwise UNKNOWN.
 *
 * <pre>{@code
 * Criterion usOrCanada = new Or(List.of(COUNTRY.eq("US"), COUNTRY.eq("CA")));
 * }</pre>
 *
 * @param operands at least two criteria, in order
 */
public record Or(List<Criterion> operands) implements Criterion {
    public Or {
        operands = List.copyOf(operands);
        if (operands.size() < 2) {
            throw new IllegalArgumentException("or needs at least two operands, got " + operands.size());
        }
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitOr(this);
    }

    @Override
    public String toString() {
        return operands.stream().map(Object::toString).collect(Collectors.joining(", ", "or(", ")"));
    }
}
