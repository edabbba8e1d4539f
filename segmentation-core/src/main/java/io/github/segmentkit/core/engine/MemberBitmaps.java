package io.github.segmentkit.core.engine;

import io.github.segmentkit.core.column.Bits;
import io.github.segmentkit.core.column.ColumnTable;
import io.github.segmentkit.core.plan.EvaluationPlan;
import io.github.segmentkit.core.plan.Scratch;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * <p>Memory follows the results, not segments &times; table: words exist only for the blocks being evaluated, and
 * only for the segments with members there (a segment with no member in a chunk allocates nothing); once the block
 * is converted a bitmap container keeps them, and those of a sparse segment, whose rows an array container copies
 * out, serve a later block. 10,000 sparse segments over a million customers once needed 1.25 GB of words; now
 * they need about what their few members do.
 *
 * <p>The sink is called from several threads for distinct chunks; the counter of each block orders the writes of
 * all its chunks before its conversion, and the words of a segment in a block are created once, by compare-and-set.
 */
final class MemberBitmaps implements ChunkRunner.ChunkSink {
    private static final int BLOCK_ROWS = 1 << 16;
    private static final int BLOCK_WORDS = BLOCK_ROWS >>> 6;
    private static final int ARRAY_CONTAINER_MAX = 4096;

    private final ColumnTable<?> table;
    private final EvaluationPlan plan;
    private final int segments;
    /** By block: the words of each segment with members in it, while the block is being evaluated. */
    private final AtomicReferenceArray<AtomicReferenceArray<long[]>> blockWords;
    private final Container[][] containers;
    private final AtomicIntegerArray pendingChunks;
    private final int chunksPerBlock;
    /**
     * Zeroed words no block holds any more. Sparse segments turn into array containers, which copy their rows out;
     * recycling their words keeps a run's allocation close to the size of its result (before this, kept between
     * runs, and the one-array {@code ArrayContainer} below, a run of the benchmarks' 20 segments over a million
     * customers allocated 1.5 times its result: benchmarks/README.md, "Allocation per run").
     */
    private final SpareWords spareWords;

    MemberBitmaps(ColumnTable<?> table, EvaluationPlan plan, int segments, SpareWords spareWords) {
        this.table = table;
        this.spareWords = spareWords;
        this.plan = plan;
        this.segments = segments;
        int blocks = (table.rowCount() + BLOCK_ROWS - 1) / BLOCK_ROWS;
        this.blockWords = new AtomicReferenceArray<>(blocks);
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
        int block = chunk / chunksPerBlock;
        int offset = (chunk % chunksPerBlock) * (table.chunkRows() >>> 6);
        AtomicReferenceArray<long[]> words = wordsOf(block);
        for (int s = 0; s < segments; s++) {
            long[] members = plan.members(scratch, s);
            if (!Bits.anySet(members, used, lastMask)) {
                continue;
            }
            long[] target = words.get(s);
            if (target == null) {
                long[] fresh = spareWords.take();
                if (fresh == null) {
                    fresh = new long[BLOCK_WORDS];
                }
                if (!words.compareAndSet(s, null, fresh)) {
                    spareWords.give(fresh);   // another thread won the race: its words are the block's
                }
                target = words.get(s);
            }
            System.arraycopy(members, 0, target, offset, used);
            target[offset + used - 1] &= lastMask;
        }
        if (pendingChunks.decrementAndGet(block) == 0) {
            convert(block, words);
            blockWords.set(block, null);
        }
    }

    private AtomicReferenceArray<long[]> wordsOf(int block) {
        AtomicReferenceArray<long[]> words = blockWords.get(block);
        if (words == null) {
            blockWords.compareAndSet(block, null, new AtomicReferenceArray<>(segments));
            words = blockWords.get(block);
        }
        return words;
    }

    private void convert(int block, AtomicReferenceArray<long[]> words) {
        for (int s = 0; s < segments; s++) {
            long[] segment = words.get(s);
            if (segment == null) {
                continue;
            }
            int cardinality = 0;
            for (long word : segment) {
                cardinality += Long.bitCount(word);
            }
            if (cardinality > ARRAY_CONTAINER_MAX) {
                // the words belong to this block alone: a bitmap container takes them as they are
                containers[s][block] = new BitmapContainer(segment, cardinality);
            } else {
                // the buffer is exactly the rows: the one-array constructor takes it (the one with a cardinality
                // copies it)
                containers[s][block] = new ArrayContainer(
                        BitSetUtil.arrayContainerBufferOf(0, BLOCK_WORDS, cardinality, segment));
                // an array container copied the rows out: the words serve a later block instead of becoming garbage
                Arrays.fill(segment, 0L);
                spareWords.give(segment);
            }
        }
    }

    /** The members of every segment, once every chunk has been accepted. */
    RoaringBitmap[] bitmaps() {
        RoaringBitmap[] bitmaps = new RoaringBitmap[segments];
        for (int s = 0; s < bitmaps.length; s++) {
            RoaringBitmap bitmap = new RoaringBitmap();
            for (int block = 0; block < containers[s].length; block++) {
                if (containers[s][block] != null) {
                    bitmap.append((char) block, containers[s][block]);
                }
            }
            bitmaps[s] = bitmap;
        }
        return bitmaps;
    }
}
