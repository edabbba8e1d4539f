package io.github.segmentkit.api.criteria;

/** The criterion that is FALSE for every customer; see {@link Criteria#none()}. */
public record None() implements Criterion {
    static final None INSTANCE = new None();

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitNone(this);
    }

    @Override
    public String toString() {
        return "none()";
    }
}
