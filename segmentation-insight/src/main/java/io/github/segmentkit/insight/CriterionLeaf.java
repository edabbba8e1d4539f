package io.github.segmentkit.insight;

import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A leaf of a segment's criterion: any node that is not {@code and}, {@code or} or {@code not} (a comparison, a
 * constant, {@code inSegment}, …), numbered depth-first from 0. A referenced segment's own criterion is not entered:
 * its {@code inSegment} is one leaf. Near misses and what-if sweeps name leaves by this index.
 *
 * <pre>{@code
 * List<CriterionLeaf> leaves = CriterionLeaf.leavesOf(AGE.between(25, 34).and(INCOME.ge(50_000.0).negate()));
 * leaves.get(1).negated();   // true: the segment needs income.ge(50000.0) to be FALSE
 * }</pre>
 *
 * @param index     the depth-first position, from 0
 * @param criterion the leaf
 * @param negated   whether the leaf lies under an odd number of {@code not}s: the segment then needs it FALSE
 */
public record CriterionLeaf(int index, Criterion criterion, boolean negated) {
    public CriterionLeaf {
        if (index < 0) {
            throw new IllegalArgumentException("leaf index must not be negative, got " + index);
        }
        Objects.requireNonNull(criterion, "criterion");
    }

    /** The leaves of {@code criterion}, depth-first. */
    public static List<CriterionLeaf> leavesOf(Criterion criterion) {
        List<CriterionLeaf> leaves = new ArrayList<>();
        criterion.accept(new Collector(leaves, false));
        return List.copyOf(leaves);
    }

    @Override
    public String toString() {
        return "#" + index + " " + (negated ? "not " : "") + criterion;
    }

    /** Collects leaves under one polarity; a {@code not} continues with the other. */
    private static final class Collector extends CriterionVisitor.Default<Void> {
        private final List<CriterionLeaf> leaves;
        private final boolean negated;

        Collector(List<CriterionLeaf> leaves, boolean negated) {
            this.leaves = leaves;
            this.negated = negated;
        }

        @Override
        protected Void defaultValue(Criterion leaf) {
            leaves.add(new CriterionLeaf(leaves.size(), leaf, negated));
            return null;
        }

        @Override
        public Void visitAnd(And and) {
            and.operands().forEach(operand -> operand.accept(this));
            return null;
        }

        @Override
        public Void visitOr(Or or) {
            or.operands().forEach(operand -> operand.accept(this));
            return null;
        }

        @Override
        public Void visitNot(Not not) {
            return not.operand().accept(new Collector(leaves, !negated));
        }
    }
}
