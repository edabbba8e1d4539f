package io.github.segmentkit.core.row;

/**
 * One leaf criterion compiled against the attribute slots of a {@link RowContext}: it reads values already extracted
 * (never the customer), so that a leaf shared by several segments costs one comparison per customer and no
 * allocation. The answer is a Kleene truth value coded so that {@code and} is the minimum, {@code or} the maximum and
 * {@code not} is {@code TRUE − x}.
 */
@FunctionalInterface
public interface RowPredicate {
    /** Known to be false. */
    int FALSE = 0;
    /** Unknown: a value the criterion needs is missing. */
    int UNKNOWN = 1;
    /** Known to be true. */
    int TRUE = 2;

    /** The truth of the criterion for the customer whose attributes are in {@code context}. */
    int truth(RowContext context);

    /** {@link #TRUE} or {@link #FALSE}. */
    static int of(boolean value) {
        return value ? TRUE : FALSE;
    }
}
