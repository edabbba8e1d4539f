package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.LongChunk;

/**
 * A leaf testing a column of whole numbers (longs, double keys, epoch days, category codes) against
 * {@code [low, high]}, or, negated, outside it ({@code ne}); UNKNOWN where the value is missing. An empty range
 * ({@code low > high}) selects nothing.
 */
final class RangeStep extends Step {
    private final Column column;
    private final long low;
    private final long high;
    private final boolean negate;

    RangeStep(int slot, Column column, long low, long high, boolean negate) {
        super(slot);
        this.column = column;
        this.low = low;
        this.high = high;
        this.negate = negate;
    }

    @Override
    void run(Scratch scratch) {
        LongChunk chunk = (LongChunk) column.chunk(scratch.chunk);
        chunk.values().selectRange(low, high, scratch.temp1);
        finishLeaf(scratch, slot, scratch.temp1, chunk.missing(), negate);
    }
}
