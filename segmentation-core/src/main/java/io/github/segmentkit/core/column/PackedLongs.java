package io.github.segmentkit.core.column;

/**
 * An immutable vector of {@code long} values for one chunk of one column, stored in as few bits as hold
 * {@code value − min} ("frame of reference"): nothing at all when every value is equal, bit-sliced in
 * {@code ⌈log2(max − min + 1)⌉} bits per row, or as plain longs where slices would take more room (chunks
 * of fewer than 64 rows with a spread wider than 32 bits). It evaluates range and
 * set tests into bitmap words (bit {@code i % 64} of word {@code i / 64} for row {@code i}) without branches on the
 * data, and keeps its minimum and maximum so that a whole chunk is decided without reading it when the test range
 * misses or covers {@code [min, max]}.
 *
 * <pre>{@code
 * PackedLongs ages = PackedLongs.pack(new long[] {34, 35, 120}, 3);   // 7 bits per value
 * long[] words = new long[1];
 * ages.selectRange(35, 200, words);                                      // words[0] == 0b110
 * }</pre>
 *
 * <p>Internal to the engine. Immutable and thread-safe.
 */
public abstract sealed class PackedLongs permits ConstantLongs, SlicedLongs, RawLongs {
    /**
     * Spreads up to 32 bits are always bit-sliced. Wider ones (the order keys of doubles, mostly) are sliced too when
     * the slices take no more room than the plain longs, which is so for every chunk of 64 rows or more: a range test
     * stops reading slices once no row is still equal to the bound's prefix (about 20 of the 54 slices of a chunk of
     * incomes), and cost 40 % less than a scalar comparison per row in a measurement on chunks of 8,192 rows. Before
     * tests stopped early, slicing them made the engine slower (22 instead of 18 ms for 1M customers).
     */
    static final long MAX_SLICED_SPAN = 0xFFFF_FFFFL;

    final int size;
    final long min;
    final long max;

    PackedLongs(int size, long min, long max) {
        this.size = size;
        this.min = min;
        this.max = max;
    }

    /**
     * Packs {@code values[0..size)} in the narrowest form.
     *
     * @param values the values; not kept
     * @param size   how many, at least 0
     */
    public static PackedLongs pack(long[] values, int size) {
        if (size == 0) {
            return new ConstantLongs(0, 0);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (min == max) {
            return new ConstantLongs(size, min);
        }
        long span = max - min;   // may overflow to negative: an unsigned spread of 64 bits
        int bits = 64 - Long.numberOfLeadingZeros(span);
        if (span > 0 && span <= MAX_SLICED_SPAN || (long) bits * Bits.words(size) <= size) {
            return new SlicedLongs(values, size, min, max);
        }
        return new RawLongs(values, size, min, max);
    }

    /** The number of values. */
    public int size() {
        return size;
    }

    /** The smallest value (0 when empty). */
    public long min() {
        return min;
    }

    /** The largest value (0 when empty). */
    public long max() {
        return max;
    }

    /** The value at {@code index}, in {@code [0, size)}. */
    public abstract long get(int index);

    /**
     * Writes the values to {@code into[at .. at + size)}, as {@link #get} gives them one at a time but at a fraction
     * of the cost for bit-sliced values.
     */
    public abstract void copyTo(long[] into, int at);

    /** Bytes used by the values, for memory accounting. */
    public abstract long valueBytes();

    /** Bits stored per value: 0 when all are equal, 1 to 32 when bit-sliced, 64 for plain longs. */
    public abstract int width();

    /**
     * Sets, in {@code out[0 .. ⌈size/64⌉)}, the bit of every row whose value lies in {@code [low, high]} and clears
     * the others (bits past {@code size} in the last word are cleared). Allocates the working words that
     * {@link #selectRange(long, long, long[], long[])} takes from its caller.
     */
    public final void selectRange(long low, long high, long[] out) {
        selectRange(low, high, out, new long[workWords()]);
    }

    /**
     * {@link #selectRange(long, long, long[])} with working words from the caller: {@code work} holds at least
     * {@link #workWords()} words, whose contents are overwritten. Allocates nothing.
     */
    public final void selectRange(long low, long high, long[] out, long[] work) {
        int words = Bits.words(size);
        if (low > high || high < min || low > max) {
            java.util.Arrays.fill(out, 0, words, 0L);
        } else if (low <= min && high >= max) {
            Bits.fillOnes(out, size);
        } else {
            // both bounds now lie within [min, max], so the stored offsets below cannot overflow
            long from = Math.max(low, min);
            long to = Math.min(high, max);
            selectStored(from - min, to - min, out, work);
        }
    }

    /**
     * The working words {@link #selectRange(long, long, long[], long[])} and
     * {@link #selectCodes(long[], long[], long[])} need.
     */
    public final int workWords() {
        return 2 * Bits.words(size);
    }

    /**
     * Like {@link #selectRange}, but for a range already clipped to {@code [min, max]} and given as offsets from
     * {@code min}, not covering it whole: {@code 0 ≤ from ≤ to ≤ max − min} (unsigned for the raw encoding),
     * {@code from > 0 || to < max − min}.
     */
    abstract void selectStored(long from, long to, long[] out, long[] work);

    /**
     * Sets the bit of every row whose value {@code v} has bit {@code v} set in {@code set} (values are dictionary
     * codes, all below {@code 64 × set.length}) and clears the others. Allocates its working words.
     */
    public final void selectCodes(long[] set, long[] out) {
        selectCodes(set, out, new long[workWords()]);
    }

    /**
     * {@link #selectCodes(long[], long[])} with working words from the caller ({@link #workWords()} at least).
     * Allocates nothing.
     */
    public abstract void selectCodes(long[] set, long[] out, long[] work);

    /** Whether code {@code code} is in the bit set {@code set}, as 0 or 1. */
    static long bit(long[] set, int code) {
        return (set[code >>> 6] >>> code) & 1L;
    }
}
