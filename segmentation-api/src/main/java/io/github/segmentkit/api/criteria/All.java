package io.github.segmentkit.api.criteria;

/** The criterion that is TRUE for every customer; see {@link Criteria#all()}. */
public record All() implements Criterion {
    static final All INSTANCE = new All();

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitAll(this);
    }

    @Override
    public String toString() {
        return "all()";
    }
}
