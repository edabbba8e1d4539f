package io.github.segmentkit.core.column;

/**
 * {@link PackedLongs} storing {@code value − min} bit-sliced: for every 64 rows, one word per bit of the offset
 * ({@code bits = ⌈log2(max − min + 1)⌉} words, laid out word by word so that a scan reads one sequential stream).
 * It takes exactly as many bits per row as the chunk's spread needs (7 for ages, 10 for three years of dates), and
 * a range test costs a few word operations per slice for 64 rows at once (O'Neil and Quass, "Improved Query
 * Performance with Variant Indexes", SIGMOD 1997): a comparison against a constant walks the slices from the most
 * significant bit, keeping the rows still equal to the constant's prefix and those already above (or below) it.
 */
final class SlicedLongs extends PackedLongs {
    /** Above this many codes an {@code in} test decodes each row instead of testing each code. */
    private static final int MAX_CODE_TESTS = 16;

    private final int bits;
    /** {@code slices[word * bits + k]}: bit k of the offsets of rows {@code 64·word … 64·word + 63}. */
    private final long[] slices;

    /** From this many bits on, slicing transposes 64 × 64 bit blocks instead of moving one bit at a time. */
    private static final int MIN_TRANSPOSED_BITS = 6;

    SlicedLongs(long[] values, int size, long min, long max) {
        super(size, min, max);
        bits = 64 - Long.numberOfLeadingZeros(max - min);
        slices = new long[Bits.words(size) * bits];
        long[] block = bits >= MIN_TRANSPOSED_BITS ? new long[64] : null;
        for (int word = 0, start = 0; start < size; word++, start += 64) {
            int end = Math.min(64, size - start);
            int base = word * bits;
            if (block != null) {
                for (int j = 0; j < end; j++) {
                    block[j] = values[start + j] - min;
                }
                java.util.Arrays.fill(block, end, 64, 0L);
                transpose(block);
                System.arraycopy(block, 0, slices, base, bits);
                continue;
            }
            for (int j = 0; j < end; j++) {
                long offset = values[start + j] - min;
                for (int k = 0; k < bits; k++) {
                    slices[base + k] |= ((offset >>> k) & 1L) << j;
                }
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

    @Override
    public long get(int index) {
        int base = (index >>> 6) * bits;
        long offset = 0;
        for (int k = 0; k < bits; k++) {
            offset |= ((slices[base + k] >>> index) & 1L) << k;
        }
        return min + offset;
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
    void selectStored(long from, long to, long[] out) {
        int words = Bits.words(size);
        boolean lowBound = from > 0;
        boolean highBound = to < max - min;
        for (int word = 0; word < words; word++) {
            int base = word * bits;
            // rows above `from` so far, rows below `to` so far, and rows still equal to either's prefix
            long above = 0;
            long below = 0;
            long equalLow = -1L;
            long equalHigh = -1L;
            for (int k = bits - 1; k >= 0; k--) {
                long slice = slices[base + k];
                long lowBit = -((from >>> k) & 1L);
                long highBit = -((to >>> k) & 1L);
                above |= equalLow & slice & ~lowBit;
                equalLow &= ~(slice ^ lowBit);
                below |= equalHigh & ~slice & highBit;
                equalHigh &= ~(slice ^ highBit);
            }
            long atLeast = lowBound ? above | equalLow : -1L;
            long atMost = highBound ? below | equalHigh : -1L;
            out[word] = atLeast & atMost;
        }
        if ((size & 63) != 0) {
            out[words - 1] &= Bits.lastWordMask(size);
        }
    }

    @Override
    public void selectCodes(long[] set, long[] out) {
        int words = Bits.words(size);
        int[] codes = codesWithin(set);
        if (codes == null) {
            selectCodesByRow(set, out);
            return;
        }
        java.util.Arrays.fill(out, 0, words, 0L);
        for (int code : codes) {
            long offset = code - min;
            for (int word = 0; word < words; word++) {
                int base = word * bits;
                long equal = -1L;
                for (int k = 0; k < bits; k++) {
                    equal &= ~(slices[base + k] ^ -((offset >>> k) & 1L));
                }
                out[word] |= equal;
            }
        }
        if ((size & 63) != 0) {
            out[words - 1] &= Bits.lastWordMask(size);
        }
    }

    /** The codes of {@code set} within {@code [min, max]}, or {@code null} when there are too many to test apart. */
    private int[] codesWithin(long[] set) {
        int[] codes = new int[MAX_CODE_TESTS];
        int count = 0;
        int first = (int) min;
        int last = (int) Math.min(max, 64L * set.length - 1);
        for (int word = first >>> 6; word <= last >>> 6; word++) {
            long bitsInWord = set[word];
            if (word == first >>> 6) {
                bitsInWord &= -1L << first;
            }
            if (word == last >>> 6) {
                bitsInWord &= -1L >>> (63 - (last & 63));
            }
            for (; bitsInWord != 0; bitsInWord &= bitsInWord - 1) {
                if (count == MAX_CODE_TESTS) {
                    return null;
                }
                codes[count++] = word * 64 + Long.numberOfTrailingZeros(bitsInWord);
            }
        }
        return java.util.Arrays.copyOf(codes, count);
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
