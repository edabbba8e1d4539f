package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.LongChunk;

/**
 * A leaf testing a categorical column against a set of dictionary codes resolved once when the plan is compiled
 * ({@code in} lists of two or more values that occur in the table); UNKNOWN where the value is missing.
 */
final class CodeSetStep extends Step {
    private final Column column;
    private final long[] codes;

    CodeSetStep(int slot, Column column, long[] codes) {
        super(slot);
        this.column = column;
        this.codes = codes;
    }

    @Override
    void run(Scratch scratch) {
        LongChunk chunk = (LongChunk) column.chunk(scratch.chunk);
        chunk.values().selectCodes(codes, scratch.temp1, scratch.work);
        finishLeaf(scratch, slot, scratch.temp1, chunk.missing(), false);
    }
}
