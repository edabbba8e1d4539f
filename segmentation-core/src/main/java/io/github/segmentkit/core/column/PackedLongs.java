package io.github.segmentkit.core.column;

/**
 * An immutable vector of {@code long} values for one chunk of one column, stored in the narrowest primitive that
 * holds {@code value − min} ("frame of reference"): nothing at all when every value is equal, else bytes, shorts,
 * ints or longs. It evaluates range and set tests into bitmap words (bit {@code i % 64} of word {@code i / 64} for
 * row {@code i}) with branch-free loops, and keeps its minimum and maximum so that a whole chunk is decided without
 * reading it when the test range misses or covers {@code [min, max]}.
 *
 * <pre>{@code
 * PackedLongs ages = PackedLongs.pack(new long[] {34, 35, 120}, 3);   // one byte per value
 * long[] words = new long[1];
 * ages.selectRange(35, 200, words);                                      // words[0] == 0b110
 * }</pre>
 *
 * <p>Internal to the engine. Immutable and thread-safe.
 */
public abstract sealed class PackedLongs permits ConstantLongs, ByteLongs, ShortLongs, IntLongs, RawLongs {
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
        long span = max - min;   // may overflow to negative: then only longs hold the values
        if (span > 0 && span <= 0xFFL) {
            return new ByteLongs(values, size, min, max);
        }
        if (span > 0 && span <= 0xFFFFL) {
            return new ShortLongs(values, size, min, max);
        }
        if (span > 0 && span <= 0xFFFF_FFFFL) {
            return new IntLongs(values, size, min, max);
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

    /** Bytes used by the values, for memory accounting. */
    public abstract long valueBytes();

    /** Bytes per value of this encoding: 0, 1, 2, 4 or 8. */
    public abstract int width();

    /**
     * Sets, in {@code out[0 .. ⌈size/64⌉)}, the bit of every row whose value lies in {@code [low, high]} and clears
     * the others (bits past {@code size} in the last word are cleared).
     */
    public final void selectRange(long low, long high, long[] out) {
        int words = Bits.words(size);
        if (low > high || high < min || low > max) {
            java.util.Arrays.fill(out, 0, words, 0L);
        } else if (low <= min && high >= max) {
            Bits.fillOnes(out, size);
        } else {
            // both bounds now lie within [min, max], so the stored offsets below cannot overflow
            long from = Math.max(low, min);
            long to = Math.min(high, max);
            selectStored(from - min, to - min, out);
        }
    }

    /**
     * Like {@link #selectRange}, but for a range already clipped to {@code [min, max]} and given as offsets from
     * {@code min}: {@code 0 ≤ from ≤ to ≤ max − min} (unsigned for the raw encoding).
     */
    abstract void selectStored(long from, long to, long[] out);

    /**
     * Sets the bit of every row whose value {@code v} has bit {@code v} set in {@code set} (values are dictionary
     * codes, all below {@code 64 × set.length}) and clears the others.
     */
    public abstract void selectCodes(long[] set, long[] out);

    /** Whether code {@code code} is in the bit set {@code set}, as 0 or 1. */
    static long bit(long[] set, int code) {
        return (set[code >>> 6] >>> code) & 1L;
    }
}
