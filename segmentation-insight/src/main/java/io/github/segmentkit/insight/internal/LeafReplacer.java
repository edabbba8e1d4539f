package io.github.segmentkit.insight.internal;

import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.CriterionVisitor;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a criterion with the leaf at one depth-first index (numbered as {@code CriterionLeaf.leavesOf} numbers
 * them) replaced, for asking the engine "what if this leaf were TRUE, FALSE or something else".
 *
 * <p>Internal: not exported.
 */
public final class LeafReplacer extends CriterionVisitor.Default<Criterion> {
    private final int target;
    private final Criterion replacement;
    private int next;

    private LeafReplacer(int target, Criterion replacement) {
        this.target = target;
        this.replacement = replacement;
    }

    /** {@code criterion} with leaf {@code index} replaced by {@code replacement}. */
    public static Criterion replace(Criterion criterion, int index, Criterion replacement) {
        LeafReplacer replacer = new LeafReplacer(index, replacement);
        Criterion result = criterion.accept(replacer);
        if (index >= replacer.next) {
            throw new IndexOutOfBoundsException("leaf " + index + " of a criterion with " + replacer.next
                    + " leaves: " + criterion);
        }
        return result;
    }

    @Override
    protected Criterion defaultValue(Criterion leaf) {
        return next++ == target ? replacement : leaf;
    }

    @Override
    public Criterion visitAnd(And and) {
        return new And(operands(and.operands()));
    }

    @Override
    public Criterion visitOr(Or or) {
        return new Or(operands(or.operands()));
    }

    @Override
    public Criterion visitNot(Not not) {
        return new Not(not.operand().accept(this));
    }

    private List<Criterion> operands(List<Criterion> operands) {
        List<Criterion> copies = new ArrayList<>(operands.size());
        operands.forEach(operand -> copies.add(operand.accept(this)));
        return copies;
    }
}
