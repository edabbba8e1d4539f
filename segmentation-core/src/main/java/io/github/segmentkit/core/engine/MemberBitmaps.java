package io.github.segmentkit.core.engine;

import io.github.segmentkit.core.column.Bits;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.plan.EvaluationPlan;
import io.github.segmentkit.core.plan.Scratch;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.roaringbitmap.ArrayContainer;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.BitmapContainer;
import org.roaringbitmap.Container;
import org.roaringbitmap.RoaringBitmap;

/**
 * Collects the member rows of every segment, chunk by chunk, into bitmap words, and turns each block of 2^16 rows
 * into a Roaring container as soon as its last chunk is in: on whichever thread finished that chunk, while the words
 * are still in cache, so the conversion runs in parallel with the evaluation. A container is a bitmap when it holds
 * more than 4,096 rows, else a sorted array, as Roaring itself chooses.
 *
 * <p>The sink is called from several threads for distinct chunks; the counter of each block orders the writes of
 * all its chunks before its conversion.
 */
final class MemberBitmaps implements ChunkRunner.ChunkSink {
    private static final int BLOCK_ROWS = 1 << 16;
    private static final int BLOCK_WORDS = BLOCK_ROWS >>> 6;
    private static final int ARRAY_CONTAINER_MAX = 4096;

    private final ColumnTable<?> table;
    private final EvaluationPlan plan;
    private final long[][] words;
    private final Container[][] containers;
    private final AtomicIntegerArray pendingChunks;
    private final int chunksPerBlock;

    MemberBitmaps(ColumnTable<?> table, EvaluationPlan plan, int segments) {
        this.table = table;
        this.plan = plan;
        this.words = new long[segments][Bits.words(table.rowCount())];
        int blocks = (table.rowCount() + BLOCK_ROWS - 1) / BLOCK_ROWS;
        this.containers = new Container[segments][blocks];
        this.chunksPerBlock = BLOCK_ROWS / table.chunkRows();
        this.pendingChunks = new AtomicIntegerArray(blocks);
        for (int block = 0; block < blocks; block++) {
            pendingChunks.set(block, Math.min(chunksPerBlock, table.chunkCount() - block * chunksPerBlock));
        }
    }

    @Override
    public void accept(int chunk, Scratch scratch, int worker) {
        int rows = table.rowsInChunk(chunk);
        int used = Bits.words(rows);
        long lastMask = Bits.lastWordMask(rows);
        int offset = chunk * (table.chunkRows() >>> 6);
        for (int s = 0; s < words.length; s++) {
            long[] target = words[s];
            System.arraycopy(plan.members(scratch, s), 0, target, offset, used);
            target[offset + used - 1] &= lastMask;
        }
        int block = chunk / chunksPerBlock;
        if (pendingChunks.decrementAndGet(block) == 0) {
            convert(block);
        }
    }

    private void convert(int block) {
        int from = block * BLOCK_WORDS;
        for (int s = 0; s < words.length; s++) {
            long[] segment = words[s];
            int to = Math.min(segment.length, from + BLOCK_WORDS);
            int cardinality = 0;
            for (int i = from; i < to; i++) {
                cardinality += Long.bitCount(segment[i]);
            }
            if (cardinality > ARRAY_CONTAINER_MAX) {
                containers[s][block] = new BitmapContainer(Arrays.copyOfRange(segment, from, from + BLOCK_WORDS),
                        cardinality);
            } else if (cardinality > 0) {
                containers[s][block] = new ArrayContainer(cardinality,
                        BitSetUtil.arrayContainerBufferOf(from, to, cardinality, segment));
            }
        }
    }

    /** The members of every segment, once every chunk has been accepted; the words are released. */
    RoaringBitmap[] bitmaps() {
        RoaringBitmap[] bitmaps = new RoaringBitmap[words.length];
        for (int s = 0; s < bitmaps.length; s++) {
            RoaringBitmap bitmap = new RoaringBitmap();
            for (int block = 0; block < containers[s].length; block++) {
                if (containers[s][block] != null) {
                    bitmap.append((char) block, containers[s][block]);
                }
            }
            bitmaps[s] = bitmap;
            words[s] = null;
        }
        return bitmaps;
    }
}
