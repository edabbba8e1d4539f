package io.github.segmentkit.core.column;

import java.util.Arrays;

/**
 * {@link PackedLongs} storing {@code value − min} bit-sliced: one word per bit of the offset for every 64 rows
 * ({@code bits = ⌈log2(max − min + 1)⌉} slices). It takes exactly as many bits per row as the chunk's spread needs
 * (7 for ages, 10 for three years of dates), and a range test costs a few word operations per slice for 64 rows at
 * once (O'Neil and Quass, "Improved Query Performance with Variant Indexes", SIGMOD 1997): a comparison against a
 * constant walks the slices from the most significant bit, keeping the rows still equal to the constant's prefix and
 * those already above (or below) it.
 *
 * <p>The slices are stored slice by slice (all the chunk's words of the top bit, then of the next one down), so
 * that a test runs one bit at a time over the whole chunk: the constant's bit is the same for every word, so each
 * pass is a branch-free loop of one or two operations per word over contiguous arrays, which the JIT turns into
 * vector instructions; and once no row is still equal to the constant's prefix (looked for below the top
 * {@value #UNCHECKED_SLICES} slices), the lower slices cannot change the answer and are not read at all, which is what
 * makes slicing the 54-bit order keys of doubles pay.
 */
final class SlicedLongs extends PackedLongs {
    /** Above this many codes an {@code in} test decodes each row instead of testing each code. */
    private static final int MAX_CODE_TESTS = 16;

    /**
     * From this many bits on, slicing transposes 64 × 64 bit blocks; narrower columns gather their (at most five)
     * slices a bit at a time in registers.
     */
    private static final int MIN_TRANSPOSED_BITS = 6;

    /** What {@link #compare} sets besides the rows equal to the constant: nothing, the rows above, or below. */
    private static final int KEEP_EQUAL = 0;
    private static final int KEEP_ABOVE = 1;
    private static final int KEEP_BELOW = 2;

    /**
     * The top slices a comparison walks without asking whether any row still equals the constant's prefix: a chunk
     * of 8,192 rows of distinct values needs 13 bits to tell them apart, so the answer is nearly always yes up to
     * there, and asking costs a third of a narrow column's test (a reduction in the loop, which then stays scalar).
     */
    private static final int UNCHECKED_SLICES = 13;

    private final int bits;
    /** The words of one slice: one per 64 rows. */
    private final int words;
    /**
     * {@code slices[(bits − 1 − k) * words + word]}: bit k of the offsets of rows {@code 64·word … 64·word + 63}; the
     * most significant slice first, so that a test, which walks from the top bit down, reads the array forwards.
     */
    private final long[] slices;

    SlicedLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        bits = 64 - Long.numberOfLeadingZeros(max - min);
        words = Bits.words(size);
        slices = new long[words * bits];
        long[] block = bits >= MIN_TRANSPOSED_BITS ? new long[64] : null;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            if (block != null) {
                for (int j = 0; j < end; j++) {
                    block[j] = values[start + j] - min;
                }
                Arrays.fill(block, end, 64, 0L);
                if (bits <= 32) {
                    transposeNarrow(block);
                } else {
                    transpose(block);
                }
                for (int k = 0; k < bits; k++) {
                    slices[(bits - 1 - k) * words + word] = block[k];
                }
                continue;
            }
            // fewer than MIN_TRANSPOSED_BITS slices, each gathered in a register (the slices array is not read)
            long slice0 = 0;
            long slice1 = 0;
            long slice2 = 0;
            long slice3 = 0;
            long slice4 = 0;
            for (int j = 0; j < end; j++) {
                long offset = values[start + j] - min;
                slice0 |= (offset & 1L) << j;
                slice1 |= (offset >>> 1 & 1L) << j;
                slice2 |= (offset >>> 2 & 1L) << j;
                slice3 |= (offset >>> 3 & 1L) << j;
                slice4 |= (offset >>> 4 & 1L) << j;
            }
            slices[(bits - 1) * words + word] = slice0;   // a sliced column has at least 1 bit
            if (bits > 1) {
                slices[(bits - 2) * words + word] = slice1;
            }
            if (bits > 2) {
                slices[(bits - 3) * words + word] = slice2;
            }
            if (bits > 3) {
                slices[(bits - 4) * words + word] = slice3;
            }
            if (bits > 4) {
                slices[(bits - 5) * words + word] = slice4;
            }
        }
    }

    /**
     * Transposes the 64 × 64 bit matrix {@code rows} in place: afterwards bit {@code j} of {@code rows[k]} is what
     * bit {@code k} of {@code rows[j]} was. Swaps ever smaller blocks (32, 16, …, 1), about 1,300 word operations for
     * 64 rows (Warren, "Hacker's Delight", 2nd ed., §7-3), where moving bit by bit costs four per bit and row: the
     * slices of a 27-bit column of epoch seconds cost 108 operations per row that way, 21 this way.
     */
    static void transpose(long[] rows) {
        long mask = 0x0000_0000_FFFF_FFFFL;
        for (int j = 32; j != 0; j >>>= 1, mask ^= mask << j) {
            for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
                // the high j bits of row k trade places with the low j bits of row k + j
                long swapped = ((rows[k] >>> j) ^ rows[k | j]) & mask;
                rows[k] ^= swapped << j;
                rows[k | j] ^= swapped;
            }
        }
    }

    /**
     * {@link #transpose} for rows whose high 32 bits are zero, in half the operations: the first swap then only moves
     * the low halves of rows 32–63 into the high halves of rows 0–31 and leaves rows 32–63 zero, and the later swaps,
     * which pair rows less than 32 apart, need only rows 0–31. Afterwards rows 0–31 are the first 32 rows of the
     * transpose and rows 32–63 are zero, as the full transpose would leave them.
     */
    static void transposeNarrow(long[] rows) {
        for (int k = 0; k < 32; k++) {
            rows[k] |= rows[k + 32] << 32;
            rows[k + 32] = 0;
        }
        long mask = 0x0000_FFFF_0000_FFFFL;
        for (int j = 16; j != 0; j >>>= 1, mask ^= mask << j) {
            for (int k = 0; k < 32; k = ((k | j) + 1) & ~j) {
                long swapped = ((rows[k] >>> j) ^ rows[k | j]) & mask;
                rows[k] ^= swapped << j;
                rows[k | j] ^= swapped;
            }
        }
    }

    @Override
    public long get(int index) {
        int word = index >>> 6;
        long offset = 0;
        for (int k = 0; k < bits; k++) {
            offset |= ((slices[(bits - 1 - k) * words + word] >>> index) & 1L) << k;
        }
        return min + offset;
    }

    @Override
    public void copyTo(long[] into, int at) {
        long[] block = new long[64];
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            for (int k = 0; k < bits; k++) {
                block[k] = slices[(bits - 1 - k) * words + word];
            }
            Arrays.fill(block, bits, 64, 0L);
            transpose(block);
            for (int j = 0, end = Math.min(64, size - start); j < end; j++) {
                into[at + start + j] = min + block[j];
            }
        }
    }

    @Override
    public long valueBytes() {
        return 8L * slices.length;
    }

    @Override
    public int width() {
        return bits;
    }

    @Override
    void selectStored(long from, long to, long[] out, long[] work) {
        boolean lowBound = from != 0;
        boolean highBound = to != max - min;   // offsets are unsigned: a 64-bit spread wraps below zero
        if (from == to) {
            compare(from, KEEP_EQUAL, null, 0, out, 0);
        } else if (lowBound && highBound) {
            compare(from, KEEP_ABOVE, out, 0, work, 0);
            compare(to, KEEP_BELOW, work, words, work, 0);
            for (int w = 0; w < words; w++) {
                out[w] &= work[words + w];
            }
        } else if (lowBound) {
            compare(from, KEEP_ABOVE, out, 0, work, 0);
        } else {
            // selectRange decides a range covering [min, max] without calling here
            compare(to, KEEP_BELOW, out, 0, work, 0);
        }
        if ((size & 63) != 0) {
            out[words - 1] &= Bits.lastWordMask(size);
        }
    }

    /**
     * Compares every row's offset with {@code constant}: leaves in {@code equal[at..at + words)} the rows equal to it
     * and, for {@link #KEEP_ABOVE} or {@link #KEEP_BELOW}, sets in {@code out[outAt..outAt + words)} the rows at or
     * above it, or at or below it (for {@link #KEEP_EQUAL}, {@code out} is not used). A row leaves the equal set at the
     * top bit where it differs from the constant: above it when the row has the 1 there, below it otherwise. Once no
     * row is left, the lower slices cannot change the answer and are not read; that is looked for only below the top
     * {@value #UNCHECKED_SLICES} slices, where it can happen.
     */
    private void compare(long constant, int keep, long[] out, int outAt, long[] equal, int at) {
        int words = this.words;
        if (keep != KEEP_EQUAL) {
            Arrays.fill(out, outAt, outAt + words, 0L);
        }
        Arrays.fill(equal, at, at + words, -1L);
        for (int k = bits - 1; k >= 0; k--) {
            int slice = (bits - 1 - k) * words;
            // the rows leaving the equal set here: a 0 under the constant's 1 (below), a 1 under its 0 (above)
            long flip = -((constant >>> k) & 1L);
            boolean keeping = flip != 0 ? keep == KEEP_BELOW : keep == KEEP_ABOVE;
            if (bits - 1 - k < UNCHECKED_SLICES) {
                if (keeping) {
                    for (int w = 0; w < words; w++) {
                        long e = equal[at + w];
                        long leaving = e & (slices[slice + w] ^ flip);
                        out[outAt + w] |= leaving;
                        equal[at + w] = e ^ leaving;
                    }
                } else {
                    for (int w = 0; w < words; w++) {
                        equal[at + w] &= ~(slices[slice + w] ^ flip);
                    }
                }
                continue;
            }
            long undecided = 0;
            if (keeping) {
                for (int w = 0; w < words; w++) {
                    long e = equal[at + w];
                    long leaving = e & (slices[slice + w] ^ flip);
                    out[outAt + w] |= leaving;
                    e ^= leaving;
                    equal[at + w] = e;
                    undecided |= e;
                }
            } else {
                for (int w = 0; w < words; w++) {
                    long e = equal[at + w] & ~(slices[slice + w] ^ flip);
                    equal[at + w] = e;
                    undecided |= e;
                }
            }
            if (undecided == 0) {
                return;   // every row differs from the constant above bit k
            }
        }
        if (keep != KEEP_EQUAL) {
            for (int w = 0; w < words; w++) {
                out[outAt + w] |= equal[at + w];
            }
        }
    }

    @Override
    public void selectCodes(long[] set, long[] out, long[] work) {
        int first = (int) min;
        int last = (int) Math.min(max, 64L * set.length - 1);
        if (codesWithin(set, first, last) > MAX_CODE_TESTS) {
            selectCodesByRow(set, out);
            return;
        }
        Arrays.fill(out, 0, words, 0L);
        for (int word = first >>> 6; word <= last >>> 6; word++) {
            for (long codes = codesIn(set, word, first, last); codes != 0; codes &= codes - 1) {
                compare(word * 64L + Long.numberOfTrailingZeros(codes) - min, KEEP_EQUAL, null, 0, work, 0);
                for (int w = 0; w < words; w++) {
                    out[w] |= work[w];
                }
            }
        }
        if ((size & 63) != 0) {
            out[words - 1] &= Bits.lastWordMask(size);
        }
    }

    /** How many codes of {@code set} lie within {@code [first, last]}. */
    private static int codesWithin(long[] set, int first, int last) {
        int count = 0;
        for (int word = first >>> 6; word <= last >>> 6; word++) {
            count += Long.bitCount(codesIn(set, word, first, last));
        }
        return count;
    }

    /** Word {@code word} of {@code set}, without the codes outside {@code [first, last]}. */
    private static long codesIn(long[] set, int word, int first, int last) {
        long codes = set[word];
        if (word == first >>> 6) {
            codes &= -1L << first;
        }
        if (word == last >>> 6) {
            codes &= -1L >>> (63 - (last & 63));
        }
        return codes;
    }

    private void selectCodesByRow(long[] set, long[] out) {
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            long selected = 0;
            for (int j = 0; j < end; j++) {
                selected |= bit(set, (int) get(start + j)) << j;
            }
            out[word] = selected;
        }
    }
}
