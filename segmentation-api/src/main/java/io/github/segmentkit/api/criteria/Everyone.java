package io.github.segmentkit.api.criteria;

/** The criterion that is TRUE for every customer; see {@link Criteria#all()}. */
public record Everyone() implements Criterion {
    static final Everyone INSTANCE = new Everyone();

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitEveryone(this);
    }

    @Override
    public String toString() {
        return "all()";
    }
}
