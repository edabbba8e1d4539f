package io.github.segmentkit.live;

import java.util.Arrays;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * The members of every segment, and the set of live customers, as bits by slot, in blocks of
 * {@value #BLOCK_BITS} slots. The writer changes its working blocks in place; {@link #publish()} hands readers an
 * immutable copy that shares every block unchanged since the previous copy, so that a snapshot costs one pointer
 * per block plus the blocks changed since the last one (copy on publish), never a copy of the population.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it; published arrays are never written again.
 */
final class MemberBlocks {
    static final int BLOCK_SHIFT = 12;
    static final int BLOCK_BITS = 1 << BLOCK_SHIFT;
    private static final int BLOCK_WORDS = BLOCK_BITS >>> 6;

    /** Sets: one per segment, then the live customers; [set][block][word]. */
    private long[][][] working;
    private long[][][] published;
    /** Whether a working block differs from its published copy: [set][block]. */
    private boolean[][] dirty;
    private final int[] counts;

    MemberBlocks(int segments) {
        int sets = segments + 1;
        this.working = new long[sets][0][];
        this.published = new long[sets][0][];
        this.dirty = new boolean[sets][0];
        this.counts = new int[sets];
    }

    /** The index of the set of live customers. */
    int aliveSet() {
        return counts.length - 1;
    }

    boolean contains(int set, int slot) {
        long[][] blocks = working[set];
        int block = slot >>> BLOCK_SHIFT;
        return block < blocks.length && (blocks[block][(slot & (BLOCK_BITS - 1)) >>> 6] & (1L << slot)) != 0;
    }

    /** Sets or clears one bit. @return whether it changed */
    boolean set(int set, int slot, boolean member) {
        int block = slot >>> BLOCK_SHIFT;
        ensureBlocks(block + 1);
        long[] words = working[set][block];
        int word = (slot & (BLOCK_BITS - 1)) >>> 6;
        long bit = 1L << slot;
        boolean was = (words[word] & bit) != 0;
        if (was == member) {
            return false;
        }
        words[word] ^= bit;
        dirty[set][block] = true;
        counts[set] += member ? 1 : -1;
        return true;
    }

    int count(int set) {
        return counts[set];
    }

    /** The working members of one set as a bitmap of slots. */
    RoaringBitmap toBitmap(int set) {
        long[][] blocks = working[set];
        long[] words = new long[blocks.length * BLOCK_WORDS];
        for (int b = 0; b < blocks.length; b++) {
            System.arraycopy(blocks[b], 0, words, b * BLOCK_WORDS, BLOCK_WORDS);
        }
        return BitSetUtil.bitmapOf(words);
    }

    private void ensureBlocks(int blocks) {
        if (blocks <= working[0].length) {
            return;
        }
        int grown = Math.max(blocks, working[0].length + (working[0].length >>> 1) + 1);
        for (int s = 0; s < working.length; s++) {
            int old = working[s].length;
            working[s] = Arrays.copyOf(working[s], grown);
            dirty[s] = Arrays.copyOf(dirty[s], grown);
            for (int b = old; b < grown; b++) {
                working[s][b] = new long[BLOCK_WORDS];
                dirty[s][b] = true;
            }
        }
    }

    /** An immutable copy of every set and count, sharing the blocks unchanged since the last call. */
    Published publish() {
        long[][][] next = new long[working.length][][];
        for (int s = 0; s < working.length; s++) {
            long[][] blocks = new long[working[s].length][];
            long[][] previous = published[s];
            for (int b = 0; b < blocks.length; b++) {
                if (dirty[s][b] || b >= previous.length) {
                    blocks[b] = working[s][b].clone();
                    dirty[s][b] = false;
                } else {
                    blocks[b] = previous[b];
                }
            }
            next[s] = blocks;
        }
        published = next;
        return new Published(next, counts.clone());
    }

    /** One published state: bits by [set][block][word] and the number of members of each set. */
    record Published(long[][][] blocks, int[] counts) {
        boolean contains(int set, int slot) {
            long[][] of = blocks[set];
            int block = slot >>> BLOCK_SHIFT;
            return block < of.length && (of[block][(slot & (BLOCK_BITS - 1)) >>> 6] & (1L << slot)) != 0;
        }
    }
}
