package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.Bits;
import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.LongChunk;

/**
 * A leaf testing a column of whole numbers (longs, double keys, epoch days, category codes) against one or a few
 * ranges {@code [lows[i], highs[i]]}, or, negated, outside all of them ({@code ne}); UNKNOWN where the value is
 * missing. An empty range ({@code low > high}) selects nothing. Several ranges serve {@code in} lists whose codes
 * form a few runs: a few packed range scans beat a code-set lookup per row.
 */
final class RangeStep extends Step {
    private final Column column;
    private final long[] lows;
    private final long[] highs;
    private final boolean negate;

    RangeStep(int slot, Column column, long[] lows, long[] highs, boolean negate) {
        super(slot);
        this.column = column;
        this.lows = lows;
        this.highs = highs;
        this.negate = negate;
    }

    @Override
    void run(Scratch scratch) {
        LongChunk chunk = (LongChunk) column.chunk(scratch.chunk);
        chunk.values().selectRange(lows[0], highs[0], scratch.temp1, scratch.work);
        for (int r = 1; r < lows.length; r++) {
            chunk.values().selectRange(lows[r], highs[r], scratch.temp2, scratch.work);
            Bits.or(scratch.temp1, scratch.temp2, scratch.usedWords());
        }
        finishLeaf(scratch, slot, scratch.temp1, chunk.missing(), negate);
    }
}
