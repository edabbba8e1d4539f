package io.github.segmentkit.live;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * The members of every segment, and the set of live customers, as bits by slot, in blocks of
 * {@value #BLOCK_BITS} slots. {@link #publish()} hands readers an immutable state that shares every block with the
 * writer's working sets: a snapshot costs one pointer per block of the sets that changed since the last one, never a
 * copy of a block. The writer copies a shared block before its first write after a publication (copy on write), so a
 * published block is never written again, and its own copy is what the next publication shares.
 *
 * <p>The writer also keeps each slot's segment memberships side by side (row-major, a few words per slot, in the
 * slot's {@link SlotRecords record}), so that comparing a customer's new memberships with its old ones reads one cache
 * line, not one per segment; the blocks of a segment are then written only where a membership changed, and a
 * change's bits are {@linkplain #flip listed} and written to the blocks in batches.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it, and the threads of a clock move write the blocks
 * only within the move, each its own blocks ({@link #flipMoved}); published arrays are never written again.
 */
final class MemberBlocks {
    static final int BLOCK_SHIFT = 12;
    static final int BLOCK_BITS = 1 << BLOCK_SHIFT;
    private static final int BLOCK_WORDS = BLOCK_BITS >>> 6;
    /** The blocks of each set one thread flips (and copies, when shared) at a time after a clock move: 256K slots. */
    private static final int FLIP_PIECE_BLOCKS = 64;

    /**
     * The most bits {@link #flip} lists before writing them to the blocks. A change of one customer alters a segment or
     * two, each bit a word at random among the segment's blocks (1.25 MB per segment at ten million customers): written
     * at once, the change waited for a cache miss per altered segment. Written in one loop when the list is full or
     * anything reads the blocks, their misses overlap.
     */
    static final int PENDING_FLIPS = 1_024;
    /** Sets: one per segment, then the live customers; [set][block][word]. */
    private long[][][] working;
    private long[][][] published;
    /**
     * Whether a working block is the writer's own, written or made since the last {@link #publish}: [set][block]. The
     * others are shared with the published state and are {@linkplain #writable copied} before they are written.
     */
    private boolean[][] dirty;
    /**
     * Whether any block of a set is dirty (new blocks and new sets are): a clean set's published array of blocks is
     * handed on as it is, so a snapshot after a change costs what the change touched, not a walk and a copy of every
     * set's block pointers (twenty sets of 2,442 blocks at ten million customers).
     */
    private boolean[] setDirty;
    private int[] counts;
    /**
     * The changed set of the next publications that fails, counting from 0, for tests of a publication that fails
     * half-way; -1: none.
     */
    private int failingPublishedSet = -1;
    private int flipPieceBlocks = FLIP_PIECE_BLOCKS;
    /** The bits {@link #flip} listed and not yet written to the blocks, each {@code set << 32 | slot}, in order. */
    private final long[] pendingFlips = new long[PENDING_FLIPS];
    private int pendingFlipCount;
    /** Where the segment memberships of each slot are: {@link SlotRecords#rowWords} words of its record. */
    private final SlotRecords records;

    /** Sets for {@code segments} segments, with records of their own. */
    MemberBlocks(int segments) {
        this(segments, new SlotRecords(SlotRecords.rowWordsFor(segments)));
    }

    /** Sets for {@code segments} segments, keeping each slot's memberships in {@code records}. */
    MemberBlocks(int segments, SlotRecords records) {
        if (records.rowWords() != SlotRecords.rowWordsFor(segments)) {
            throw new IllegalArgumentException(records.rowWords() + " membership words for " + segments
                    + " segments");
        }
        this.records = records;
        int sets = segments + 1;
        this.working = new long[sets][0][];
        this.published = new long[sets][0][];
        this.dirty = new boolean[sets][0];
        this.setDirty = new boolean[sets];
        this.counts = new int[sets];
    }

    /**
     * Adds an empty set for a new segment, before the set of live customers (which moves up by one), and returns
     * its index. Published copies are unchanged: they keep their own arrays.
     */
    int addSet() {
        writePendingFlips();
        int added = aliveSet();
        int blocks = working[0].length;
        working = insert(working, added, new long[blocks][]);
        for (int b = 0; b < blocks; b++) {
            working[added][b] = new long[BLOCK_WORDS];
        }
        published = insert(published, added, new long[0][]);
        dirty = insert(dirty, added, new boolean[blocks]);
        Arrays.fill(dirty[added], true);
        setDirty = insertFlag(setDirty, added);
        int[] grown = new int[counts.length + 1];
        System.arraycopy(counts, 0, grown, 0, added);
        grown[added + 1] = counts[added];
        counts = grown;
        rebuildRows();
        return added;
    }

    /** Forgets the set of a removed segment; the sets after it move down by one. */
    void removeSet(int set) {
        writePendingFlips();
        working = remove(working, set);
        published = remove(published, set);
        dirty = remove(dirty, set);
        setDirty = removeFlag(setDirty, set);
        int[] shrunk = new int[counts.length - 1];
        System.arraycopy(counts, 0, shrunk, 0, set);
        System.arraycopy(counts, set + 1, shrunk, set, shrunk.length - set);
        counts = shrunk;
        rebuildRows();
    }

    /** Lays the rows out again from the blocks, after a set was added or removed (set indexes may have moved). */
    private void rebuildRows() {
        int segments = aliveSet();
        // every slot with a membership has a record: set() made it
        records.relayout(SlotRecords.rowWordsFor(segments), records.memoWords());
        long[] rows = records.words();
        int stride = records.stride();
        int rowWords = records.rowWords();
        for (int slot = 0; slot < records.capacity(); slot++) {
            Arrays.fill(rows, slot * stride, slot * stride + rowWords, 0L);
        }
        for (int set = 0; set < segments; set++) {
            long[][] blocks = working[set];
            for (int b = 0; b < blocks.length; b++) {
                long[] words = blocks[b];
                for (int w = 0; w < words.length; w++) {
                    long word = words[w];
                    while (word != 0) {
                        int slot = (b << BLOCK_SHIFT) + (w << 6) + Long.numberOfTrailingZeros(word);
                        rows[slot * stride + (set >>> 6)] |= 1L << set;
                        word &= word - 1;
                    }
                }
            }
        }
    }

    /** How many words {@link #readRow} fills: one per 64 segments. */
    int rowWords() {
        return records.rowWords();
    }

    /**
     * Copies the segment memberships of {@code count} slots into {@code into}, {@link #rowWords} words each, in a loop
     * of independent reads (so that their cache misses overlap).
     */
    void readRows(int[] slots, int count, long[] into) {
        long[] rows = records.words();
        int stride = records.stride();
        int words = records.rowWords();
        int slotsWithRecords = records.capacity();
        for (int i = 0; i < count; i++) {
            int slot = slots[i];
            for (int w = 0, at = slot * stride; w < words; w++) {
                into[i * words + w] = slot < slotsWithRecords ? rows[at + w] : 0L;
            }
        }
    }

    /** Copies the segment memberships of {@code slot} into {@code into} (bit s: segment s), in one cache line. */
    void readRow(int slot, long[] into) {
        int words = records.rowWords();
        if (slot < records.capacity()) {
            System.arraycopy(records.words(), slot * records.stride(), into, 0, words);
        } else {
            Arrays.fill(into, 0, words, 0L);
        }
    }

    private static <A> A[] insert(A[] sets, int at, A set) {
        A[] grown = Arrays.copyOf(sets, sets.length + 1);
        System.arraycopy(sets, at, grown, at + 1, sets.length - at);
        grown[at] = set;
        return grown;
    }

    /** {@code flags} with a {@code true} inserted at {@code at}: a new set is dirty until published. */
    private static boolean[] insertFlag(boolean[] flags, int at) {
        boolean[] grown = new boolean[flags.length + 1];
        System.arraycopy(flags, 0, grown, 0, at);
        System.arraycopy(flags, at, grown, at + 1, flags.length - at);
        grown[at] = true;
        return grown;
    }

    private static boolean[] removeFlag(boolean[] flags, int at) {
        boolean[] shrunk = Arrays.copyOf(flags, flags.length - 1);
        System.arraycopy(flags, at + 1, shrunk, at, flags.length - at - 1);
        return shrunk;
    }

    private static <A> A[] remove(A[] sets, int at) {
        A[] shrunk = Arrays.copyOf(sets, sets.length - 1);
        System.arraycopy(sets, at + 1, shrunk, at, sets.length - at - 1);
        return shrunk;
    }

    /** The index of the set of live customers. */
    int aliveSet() {
        return counts.length - 1;
    }

    boolean contains(int set, int slot) {
        writeFlipsBeforeUsing(set);
        long[][] blocks = working[set];
        int block = slot >>> BLOCK_SHIFT;
        return block < blocks.length && (blocks[block][(slot & (BLOCK_BITS - 1)) >>> 6] & (1L << slot)) != 0;
    }

    /** Flips (and copies) a clock move's bits {@code pieceBlocks} blocks at a time (tests split small moves so). */
    void splitFlips(int pieceBlocks) {
        this.flipPieceBlocks = pieceBlocks;
    }

    /**
     * Has every publication from now on fail before it hands on changed set number {@code set} (0 for the first
     * changed set; {@code -1}: none), as an out-of-memory error there would (tests).
     */
    void failPublishedSet(int set) {
        this.failingPublishedSet = set;
    }

    /** Sets or clears one bit. @return whether it changed */
    boolean set(int set, int slot, boolean member) {
        writeFlipsBeforeUsing(set);
        int block = slot >>> BLOCK_SHIFT;
        ensureBlocks(block + 1);
        int word = (slot & (BLOCK_BITS - 1)) >>> 6;
        long bit = 1L << slot;
        boolean was = (working[set][block][word] & bit) != 0;
        if (was == member) {
            return false;
        }
        writable(set, block)[word] ^= bit;
        countChange(set, slot, member);
        return true;
    }

    /**
     * What every change of one bit updates besides the block: the set's count, its mark of a change since the last
     * publication, and, for a segment's set, the slot's row.
     */
    private void countChange(int set, int slot, boolean member) {
        setDirty[set] = true;
        counts[set] += member ? 1 : -1;
        if (set < aliveSet()) {
            records.ensureCapacity(slot + 1);
            records.words()[slot * records.stride() + (set >>> 6)] ^= 1L << set;
        }
    }

    /**
     * Makes {@code slot} a member of segment set {@code set} or not, as {@code member} says, when the slot's row shows
     * the opposite (a change of a customer knows its previous memberships from the row): the row and the count change
     * now, the block's bit is listed and written with the next batch, before anything reads the blocks.
     */
    void flip(int set, int slot, boolean member) {
        assert set < aliveSet() && slot < records.capacity()
                && ((records.words()[slot * records.stride() + (set >>> 6)] & (1L << set)) != 0) != member
                : "slot " + slot + " already has membership " + member + " in set " + set;
        if (pendingFlipCount == PENDING_FLIPS) {
            writePendingFlips();
        }
        pendingFlips[pendingFlipCount++] = (long) set << 32 | slot;
        countChange(set, slot, member);
    }

    /**
     * Writes the listed flips before set {@code set} is read or written, unless it is the set of live customers, which
     * {@link #flip} never lists: after the first deletion every change reads or sets its customer's live bit, and the
     * flips stay batched.
     */
    private void writeFlipsBeforeUsing(int set) {
        if (set != aliveSet()) {
            writePendingFlips();
        }
    }

    /**
     * Writes the bits {@link #flip} listed to the blocks. Their shared blocks are copied first, in a loop of its own:
     * a copy that fails (out of memory) leaves the list and every bit as they were, for the next call; the bits are
     * then flipped in a loop that cannot fail.
     */
    private void writePendingFlips() {
        int count = pendingFlipCount;
        if (count == 0) {
            return;
        }
        int highestSlot = 0;
        for (int i = 0; i < count; i++) {
            highestSlot = Math.max(highestSlot, (int) pendingFlips[i]);
        }
        ensureBlocks((highestSlot >>> BLOCK_SHIFT) + 1);
        for (int i = 0; i < count; i++) {
            writable((int) (pendingFlips[i] >>> 32), (int) pendingFlips[i] >>> BLOCK_SHIFT);
        }
        for (int i = 0; i < count; i++) {
            int set = (int) (pendingFlips[i] >>> 32);
            int slot = (int) pendingFlips[i];
            working[set][slot >>> BLOCK_SHIFT][(slot & (BLOCK_BITS - 1)) >>> 6] ^= 1L << slot;
        }
        pendingFlipCount = 0;
    }

    /**
     * The working block {@code block} of {@code set}, ready to be written: a block shared with the published state
     * is first replaced by a copy of its own, so that no published block is ever written.
     */
    private long[] writable(int set, int block) {
        long[] words = working[set][block];
        if (!dirty[set][block]) {
            words = words.clone();
            working[set][block] = words;
            dirty[set][block] = true;
        }
        return words;
    }

    int count(int set) {
        return counts[set];
    }

    /**
     * Flips the bits of a clock move that {@code workers} threads decided, each listing the bits it flipped as {@code
     * slot << 32 | set}, in ascending order ({@code flipped[worker][0 .. flippedCounts[worker])}; their membership
     * rows are already written), and counting per segment set the bits flipped ({@code flips[worker][set]}) and the
     * members gained minus lost ({@code countChanges[worker][set]}). The blocks are written in pieces of whole blocks
     * by {@code crew} (the move's helpers and this thread): each piece sweeps forward through its blocks, copying each
     * shared block it writes (most blocks of the few sets a large move changes), and no two pieces share a block.
     */
    void flipMoved(HelperCrew crew, int highestSlot, long[][] flipped, int[] flippedCounts, int[][] flips,
            int[][] countChanges) {
        writePendingFlips();
        ensureBlocks((highestSlot >>> BLOCK_SHIFT) + 1);
        int pieceSlots = flipPieceBlocks << BLOCK_SHIFT;
        int pieces = highestSlot / pieceSlots + 1;
        crew.run(pieces, (worker, p) -> flipPiece(p * pieceSlots, (p + 1) * pieceSlots, flipped, flippedCounts));
        for (int w = 0; w < flips.length; w++) {
            for (int set = 0; set < flips[w].length; set++) {
                if (flips[w][set] > 0) {
                    counts[set] += countChanges[w][set];
                    setDirty[set] = true;
                }
            }
        }
    }

    /** Flips the listed bits of the slots in {@code [from, to)}, which starts and ends on block boundaries. */
    private void flipPiece(int from, int to, long[][] flipped, int[] flippedCounts) {
        for (int w = 0; w < flipped.length; w++) {
            long[] bits = flipped[w];
            int count = flippedCounts[w];
            int i = Arrays.binarySearch(bits, 0, count, (long) from << 32);
            // a shared block is copied as its first bit is flipped: the flips that follow find it in the cache
            for (i = i < 0 ? -i - 1 : i; i < count; i++) {
                int slot = (int) (bits[i] >>> 32);
                if (slot >= to) {
                    break;
                }
                writable((int) bits[i], slot >>> BLOCK_SHIFT)[(slot & (BLOCK_BITS - 1)) >>> 6] ^= 1L << slot;
            }
        }
    }

    /**
     * Hands {@code differences} every live slot whose membership in {@code set} differs from {@code members} (bits
     * by slot, slot {@code i} at bit {@code i % 64} of word {@code i / 64}; missing words are empty), in ascending
     * order: a word-by-word comparison with the working blocks, no bitmap built.
     */
    void forEachDifference(int set, long[] members, IntConsumer differences) {
        writePendingFlips();
        long[][] blocks = working[set];
        long[][] alive = working[aliveSet()];
        for (int b = 0; b < blocks.length; b++) {
            long[] words = blocks[b];
            long[] live = alive[b];
            for (int w = 0, at = b * BLOCK_WORDS; w < BLOCK_WORDS; w++, at++) {
                long differs = ((at < members.length ? members[at] : 0L) & live[w]) ^ words[w];
                while (differs != 0) {
                    differences.accept((at << 6) + Long.numberOfTrailingZeros(differs));
                    differs &= differs - 1;
                }
            }
        }
    }

    /** The working members of one set as a bitmap of slots. */
    RoaringBitmap toBitmap(int set) {
        writePendingFlips();
        return bitmapOf(working[set]);
    }

    /** The slots whose bits are set in {@code blocks}, as a bitmap. */
    private static RoaringBitmap bitmapOf(long[][] blocks) {
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
            setDirty[s] = true;
        }
    }

    /**
     * An immutable state of every set and count, sharing every block with the working sets: per set changed since
     * the last call, a copy of its array of blocks (the writer's own blocks become shared, to be copied before their
     * next write); the other sets' arrays are handed on as they are. No block is copied here: a publication after a
     * clock move that changed most blocks of a few sets costs a few thousand pointers per set.
     */
    Published publish() {
        writePendingFlips();
        long[][][] next = new long[working.length][][];
        int changedSets = 0;
        for (int s = 0; s < working.length; s++) {
            if (setDirty[s]) {
                if (changedSets++ == failingPublishedSet) {
                    throw new IllegalStateException("changed set " + (changedSets - 1) + " of a publication failed,"
                            + " as told by a test");
                }
                next[s] = working[s].clone();
            } else {
                next[s] = published[s];
            }
        }
        // marked shared only once every array is made: a failed publication leaves every mark for the next one
        for (int s = 0; s < working.length; s++) {
            if (setDirty[s]) {
                Arrays.fill(dirty[s], false);
                setDirty[s] = false;
            }
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

        /** The members of one set as a bitmap of slots; the blocks are never written again, so any thread may. */
        RoaringBitmap toBitmap(int set) {
            return bitmapOf(blocks[set]);
        }
    }
}
