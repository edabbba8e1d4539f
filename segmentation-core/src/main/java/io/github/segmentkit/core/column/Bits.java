package io.github.segmentkit.core.column;

import java.util.Arrays;

/**
 * Operations on bitmaps held as {@code long} words, bit {@code i % 64} of word {@code i / 64} standing for row
 * {@code i}. Stateless.
 *
 * <pre>{@code
 * long[] words = new long[Bits.words(100)];
 * Bits.fillOnes(words, 100);   // rows 0..99 set, the 28 bits past them clear
 * }</pre>
 */
public final class Bits {
    private Bits() {
    }

    /** The number of words holding {@code rows} bits. */
    public static int words(int rows) {
        return (rows + 63) >>> 6;
    }

    /** Sets rows {@code [0, rows)} and clears the rest of their words. */
    public static void fillOnes(long[] out, int rows) {
        int full = rows >>> 6;
        Arrays.fill(out, 0, full, -1L);
        if ((rows & 63) != 0) {
            out[full] = lastWordMask(rows);
        }
    }

    /** The bits of the last word of {@code rows} rows that stand for rows (all of them when a multiple of 64). */
    public static long lastWordMask(int rows) {
        return -1L >>> (-rows & 63);
    }

    /** {@code target |= other}, word by word. */
    public static void or(long[] target, long[] other, int words) {
        for (int i = 0; i < words; i++) {
            target[i] |= other[i];
        }
    }

    /**
     * 1 when {@code x ≤ y} as unsigned numbers, else 0, without a branch (Hacker's Delight, 2nd ed., §2-12:
     * the sign bit of {@code (¬x | y) & ((x ⊕ y) | ¬(y − x))}).
     */
    public static long unsignedAtMost(long x, long y) {
        return ((~x | y) & ((x ^ y) | ~(y - x))) >>> 63;
    }

    /**
     * SWAR range test on the lanes of {@code x} (8 bytes or 4 shorts, unsigned): the top bit of each lane (as in
     * {@code high}) is set where {@code (lane − low) mod 2^w ≤ span}, all other bits are clear. {@code lows} and
     * {@code spans} hold {@code low} and {@code span} in every lane. Lanewise subtraction without borrows between
     * lanes, and the borrow-out of {@code span − offset}, after Hacker's Delight (2nd ed., §2-18 and §2-12).
     */
    static long lanesInRange(long x, long lows, long spans, long high) {
        long offset = ((x | high) - (lows & ~high)) ^ ((x ^ ~lows) & high);
        long rest = ((spans | high) - (offset & ~high)) ^ ((spans ^ ~offset) & high);
        long borrow = ((~spans & offset) | (~(spans ^ offset) & rest)) & high;
        return ~borrow & high;
    }

    /** The number of set bits in {@code words[0 .. count)}. */
    public static int cardinality(long[] words, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += Long.bitCount(words[i]);
        }
        return total;
    }
}
