package io.github.segmentkit.insight;

import io.github.segmentkit.api.criteria.And;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.criteria.Not;
import io.github.segmentkit.api.criteria.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The tests' own walk over a criterion's leaves (depth-first, with the number of {@code not}s above each), written
 * with {@code instanceof} rather than the visitor the library uses, so that the tests do not share its code.
 */
public final class IndependentLeaves {
    private IndependentLeaves() {
    }

    /** A leaf and whether an odd number of {@code not}s lies above it. */
    public record Found(Criterion leaf, boolean negated) {
    }

    /** The leaves of {@code criterion}, depth-first. */
    public static List<Found> of(Criterion criterion) {
        List<Found> found = new ArrayList<>();
        walk(criterion, false, found);
        return found;
    }

    private static void walk(Criterion criterion, boolean negated, List<Found> found) {
        if (criterion instanceof And and) {
            and.operands().forEach(c -> walk(c, negated, found));
        } else if (criterion instanceof Or or) {
            or.operands().forEach(c -> walk(c, negated, found));
        } else if (criterion instanceof Not not) {
            walk(not.operand(), !negated, found);
        } else {
            found.add(new Found(criterion, negated));
        }
    }

    /** {@code criterion} with its leaf number {@code index} (depth-first) replaced by {@code change} of it. */
    public static Criterion replace(Criterion criterion, int index, UnaryOperator<Criterion> change) {
        int[] next = {0};
        return rebuild(criterion, index, change, next);
    }

    private static Criterion rebuild(Criterion criterion, int index, UnaryOperator<Criterion> change, int[] next) {
        if (criterion instanceof And and) {
            List<Criterion> operands = new ArrayList<>();
            and.operands().forEach(c -> operands.add(rebuild(c, index, change, next)));
            return new And(operands);
        }
        if (criterion instanceof Or or) {
            List<Criterion> operands = new ArrayList<>();
            or.operands().forEach(c -> operands.add(rebuild(c, index, change, next)));
            return new Or(operands);
        }
        if (criterion instanceof Not not) {
            return new Not(rebuild(not.operand(), index, change, next));
        }
        return next[0]++ == index ? change.apply(criterion) : criterion;
    }
}
