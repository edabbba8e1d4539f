package io.github.segmentkit.api.criteria;

import io.github.segmentkit.api.attribute.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The static entry point of the criteria DSL for what does not hang off an attribute: constants, combinators,
 * presence tests and references to other segments. Meant for {@code import static}.
 *
 * <pre>{@code
 * // import static io.github.segmentkit.api.criteria.Criteria.*;
 *
 * Criterion vipOutdoor = and(inSegment("outdoor-young"), INCOME.ge(100_000));
 * Criterion unknownAge = isMissing(AGE);
 * }</pre>
 */
public final class Criteria {
    private Criteria() {
    }

    /** TRUE for every customer. */
    public static Criterion all() {
        return All.INSTANCE;
    }

    /** FALSE for every customer. */
    public static Criterion none() {
        return None.INSTANCE;
    }

    /**
     * All of the operands; a first operand that is an {@link And} is extended rather than nested, so that chained
     * {@code and} calls build one flat node.
     */
    public static Criterion and(Criterion first, Criterion... rest) {
        List<Criterion> operands = new ArrayList<>();
        if (first instanceof And and) {
            operands.addAll(and.operands());
        } else {
            operands.add(first);
        }
        operands.addAll(Arrays.asList(rest));
        return new And(operands);
    }

    /** Any of the operands; flattened like {@link #and}. */
    public static Criterion or(Criterion first, Criterion... rest) {
        List<Criterion> operands = new ArrayList<>();
        if (first instanceof Or or) {
            operands.addAll(or.operands());
        } else {
            operands.add(first);
        }
        operands.addAll(Arrays.asList(rest));
        return new Or(operands);
    }

    /** The negation of {@code operand}; UNKNOWN stays UNKNOWN. */
    public static Criterion not(Criterion operand) {
        return new Not(operand);
    }

    /** The attribute has no value (null, or NaN for doubles). Never UNKNOWN. */
    public static Criterion isMissing(Attribute attribute) {
        return new Presence(attribute, PresenceOperator.IS_MISSING);
    }

    /** The attribute has a value. Never UNKNOWN. */
    public static Criterion isPresent(Attribute attribute) {
        return new Presence(attribute, PresenceOperator.IS_PRESENT);
    }

    /**
     * Members of the named segment of the same {@link io.github.segmentkit.api.Segmenter}: TRUE for members,
     * FALSE for everyone else (membership is never UNKNOWN). Cycles are rejected when the segmenter is built.
     */
    public static Criterion inSegment(String segmentName) {
        return new InSegment(segmentName);
    }
}
