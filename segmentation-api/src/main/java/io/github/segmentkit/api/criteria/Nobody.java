package io.github.segmentkit.api.criteria;

/** The criterion that is FALSE for every customer; see {@link Criteria#none()}. */
public record Nobody() implements Criterion {
    static final Nobody INSTANCE = new Nobody();

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitNobody(this);
    }

    @Override
    public String toString() {
        return "none()";
    }
}
