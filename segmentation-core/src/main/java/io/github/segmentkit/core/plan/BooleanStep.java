package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.BooleanChunk;
import io.github.segmentkit.core.column.Column;

/** A leaf testing a yes/no column: a word operation on its bitmap; UNKNOWN where the value is missing. */
final class BooleanStep extends Step {
    private final Column column;
    private final boolean value;

    BooleanStep(int slot, Column column, boolean value) {
        super(slot);
        this.column = column;
        this.value = value;
    }

    @Override
    void run(Scratch scratch) {
        BooleanChunk chunk = (BooleanChunk) column.chunk(scratch.chunk);
        finishLeaf(scratch, slot, chunk.values(), chunk.missing(), !value);
    }
}
