package io.github.segmentkit.api.criteria;

/**
 * A condition on a customer: a node of an immutable, sealed syntax tree. Engines, printers and validators walk it
 * with a {@link CriterionVisitor}; they never need {@code instanceof}.
 *
 * <p>Evaluation follows SQL's three-valued logic ({@link io.github.segmentkit.api.Truth}): a comparison with a
 * missing value is UNKNOWN, {@code not(UNKNOWN)} is UNKNOWN, and a customer is a member of a segment only when
 * the criterion is TRUE. {@link Presence} and {@link InSegment} are never UNKNOWN.
 *
 * <pre>{@code
 * Criterion c = AGE.between(25, 34)
 *         .and(COUNTRY.in("US", "CA"))
 *         .and(INTERESTS.containsAny("hiking", "camping"));
 * }</pre>
 *
 * <p>All implementations are records: equal trees are {@code equal}, and {@code toString()} prints the DSL form.
 */
public sealed interface Criterion
        permits All, None, And, Or, Not, Comparison, Between, CategoryIn, BooleanIs, TagsMatch, RelativeDate,
        WithinDistance, Presence, InSegment {

    /** Calls the visitor method for this node's type. */
    <R> R accept(CriterionVisitor<R> visitor);

    /**
     * Both this and {@code other}. {@code a.and(b).and(c)} builds one flat {@link And} of three operands; an
     * {@code other} that is itself an {@code And} stays a nested group.
     */
    default Criterion and(Criterion other) {
        return Criteria.and(this, other);
    }

    /** This or {@code other}, flattened like {@link #and}. */
    default Criterion or(Criterion other) {
        return Criteria.or(this, other);
    }

    /** The negation of this criterion. */
    default Criterion negate() {
        return Criteria.not(this);
    }
}
