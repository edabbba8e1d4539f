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

    /** Whether any of the first {@code count} words has a bit set, the last word read through {@code lastMask}. */
    public static boolean anySet(long[] words, int count, long lastMask) {
        long any = words[count - 1] & lastMask;
        for (int i = 0; i < count - 1 && any == 0; i++) {
            any = words[i];
        }
        return any != 0;
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
