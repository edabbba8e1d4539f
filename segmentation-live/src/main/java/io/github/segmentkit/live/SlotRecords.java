package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * What the writer keeps per slot, side by side in one array so that a customer's words share a cache line: its
 * segment memberships ({@link #rowWords()} words, bit s of the row being segment s), its customer id, then the record
 * of the clock memo ({@link #memoWords()} words). A clock move touches customers at random over the population; kept
 * in three arrays, these words cost three cache misses per touched customer, here one or two (a record of 56 bytes
 * at a multiple of 56 crosses a line boundary about three times in four).
 *
 * <pre>
 * slot 0: [memberships 0..rowWords) [id] [memo record 0..memoWords)
 * slot 1: [memberships ...        ] [id] [memo record ...        ]
 * </pre>
 *
 * <p>New slots are all zeros (no memberships, id 0) until their owner writes them. A new layout (segments or the
 * memo's record changed) keeps each slot's id; the memberships and the memo records are then the owners' to fill
 * again ({@link MemberBlocks} from its blocks, the clock from the customers).
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it. Readers of snapshots never see it.
 */
final class SlotRecords {
    private long[] words = new long[0];
    private int rowWords;
    private int memoWords;
    private int stride;
    private int capacity;

    SlotRecords(int rowWords) {
        this.rowWords = rowWords;
        this.stride = rowWords + 1;
    }

    /** The membership words a record needs for {@code segments} segments: one per 64. */
    static int rowWordsFor(int segments) {
        return (segments + 63) >>> 6;
    }

    /** The array the records are in; a growth or a new layout replaces it. */
    long[] words() {
        return words;
    }

    /** Words from one slot's record to the next. */
    int stride() {
        return stride;
    }

    /** How many words of a record hold memberships: one per 64 segments. */
    int rowWords() {
        return rowWords;
    }

    /** Where in a record the memo's words start. */
    int memoOffset() {
        return rowWords + 1;
    }

    int memoWords() {
        return memoWords;
    }

    /** How many slots have a record. */
    int capacity() {
        return capacity;
    }

    /**
     * The first and last words of {@code slot}'s record combined (0 for a slot past the records): a read that brings
     * both ends of the record into the cache ahead of their use.
     */
    long readAhead(int slot) {
        if (slot >= capacity) {
            return 0;
        }
        int at = slot * stride;
        return words[at] ^ words[at + stride - 1];
    }

    long id(int slot) {
        return words[slot * stride + rowWords];
    }

    void id(int slot, long id) {
        words[slot * stride + rowWords] = id;
    }

    /** Makes room for slots {@code [0, slots)}; new records are zeros. */
    void ensureCapacity(int slots) {
        if (slots <= capacity) {
            return;
        }
        int grown = Math.max(slots, capacity + (capacity >>> 1) + 16);
        words = Arrays.copyOf(words, Math.multiplyExact(grown, stride));
        capacity = grown;
    }

    /**
     * Lays every record out again with {@code rowWords} membership words and {@code memoWords} memo words, keeping
     * each slot's id, and, when the membership words keep their number, its memberships; the rest is zeros.
     *
     * @return whether the memberships were kept
     */
    boolean relayout(int rowWords, int memoWords) {
        int stride = rowWords + 1 + memoWords;
        if (rowWords == this.rowWords && memoWords == this.memoWords) {
            return true;
        }
        long[] laid = new long[Math.multiplyExact(capacity, stride)];
        boolean keepRows = rowWords == this.rowWords;
        for (int slot = 0; slot < capacity; slot++) {
            int from = slot * this.stride;
            int to = slot * stride;
            if (keepRows) {
                System.arraycopy(words, from, laid, to, rowWords);
            }
            laid[to + rowWords] = words[from + this.rowWords];
        }
        this.words = laid;
        this.rowWords = rowWords;
        this.memoWords = memoWords;
        this.stride = stride;
        return keepRows;
    }
}
