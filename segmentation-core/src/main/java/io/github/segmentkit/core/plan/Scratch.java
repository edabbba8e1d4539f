package io.github.segmentkit.core.plan;

import io.github.segmentkit.core.column.Bits;

/**
 * The working bitmaps of one thread running an {@link EvaluationPlan} over chunks: for every slot of the plan one
 * bitmap of the rows where its criterion is TRUE and one of the rows where it is UNKNOWN (FALSE is neither), plus a
 * few temporaries. Sized for one chunk, reused for every chunk the thread takes.
 *
 * <pre>{@code
 * Scratch scratch = plan.newScratch();   // once per thread
 * plan.evaluate(chunk, scratch);
 * }</pre>
 *
 * <p>Not thread-safe: one per thread.
 */
public final class Scratch {
    final long[][] truth;
    final long[][] unknown;
    final long[] temp1;
    final long[] temp2;
    final long[] temp3;
    /** The working words of a packed column's range and code tests ({@code PackedLongs.workWords()}). */
    final long[] work;
    final int words;
    /** The rows of the chunk being evaluated, and its index. */
    int rows;
    int chunk;

    Scratch(int slots, int chunkRows) {
        words = Bits.words(chunkRows);
        truth = new long[slots][words];
        unknown = new long[slots][words];
        temp1 = new long[words];
        temp2 = new long[words];
        temp3 = new long[words];
        work = new long[2 * words];
    }

    /** The number of words of the current chunk's bitmaps. */
    int usedWords() {
        return Bits.words(rows);
    }
}
