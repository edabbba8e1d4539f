package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.Column;
import io.github.segmentkit.core.column.TimestampChunk;

/**
 * A leaf testing a timestamp column against {@code [low, high]}, both instants given as (epoch second, nanosecond)
 * pairs and compared in that order, so the test is exact to the nanosecond; or, negated, outside it. UNKNOWN where
 * the value is missing. The pair test is built from range tests on the two packed columns, which min/max decide
 * without reading when the nanoseconds are all 0.
 */
final class TimestampRangeStep extends Step {
    private final Column column;
    private final long lowSeconds;
    private final long lowNanos;
    private final long highSeconds;
    private final long highNanos;
    private final boolean negate;

    TimestampRangeStep(int slot, Column column, long lowSeconds, long lowNanos, long highSeconds, long highNanos,
            boolean negate) {
        super(slot);
        this.column = column;
        this.lowSeconds = lowSeconds;
        this.lowNanos = lowNanos;
        this.highSeconds = highSeconds;
        this.highNanos = highNanos;
        this.negate = negate;
    }

    @Override
    void run(Scratch scratch) {
        TimestampChunk chunk = (TimestampChunk) column.chunk(scratch.chunk);
        long[] selected = scratch.temp1;
        long[] seconds = scratch.temp2;
        long[] nanos = scratch.temp3;
        int words = scratch.usedWords();
        if (chunk.nanos().width() == 0) {
            // every nanosecond part of the chunk is the same n: (s, n) >= (ls, ln) iff s >= ls + (n < ln ? 1 : 0),
            // and (s, n) <= (hs, hn) iff s <= hs - (n > hn ? 1 : 0); one range on the seconds decides
            long n = chunk.nanos().min();
            chunk.seconds().selectRange(n >= lowNanos ? lowSeconds : lowSeconds + 1,
                    n <= highNanos ? highSeconds : highSeconds - 1, selected, scratch.work);
        } else if (lowSeconds == highSeconds) {
            chunk.seconds().selectRange(lowSeconds, lowSeconds, selected, scratch.work);
            chunk.nanos().selectRange(lowNanos, highNanos, nanos, scratch.work);
            for (int i = 0; i < words; i++) {
                selected[i] &= nanos[i];
            }
        } else if (lowSeconds < highSeconds) {
            // strictly between the seconds, or on the low second at or after its nanos, or on the high second
            // at or before its nanos
            chunk.seconds().selectRange(lowSeconds + 1, highSeconds - 1, selected, scratch.work);
            chunk.seconds().selectRange(lowSeconds, lowSeconds, seconds, scratch.work);
            chunk.nanos().selectRange(lowNanos, Long.MAX_VALUE, nanos, scratch.work);
            for (int i = 0; i < words; i++) {
                selected[i] |= seconds[i] & nanos[i];
            }
            chunk.seconds().selectRange(highSeconds, highSeconds, seconds, scratch.work);
            chunk.nanos().selectRange(Long.MIN_VALUE, highNanos, nanos, scratch.work);
            for (int i = 0; i < words; i++) {
                selected[i] |= seconds[i] & nanos[i];
            }
        } else {
            java.util.Arrays.fill(selected, 0, words, 0L);
        }
        finishLeaf(scratch, slot, selected, chunk.missing(), negate);
    }
}
