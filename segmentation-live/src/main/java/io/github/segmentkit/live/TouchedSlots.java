package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * The slots a clock move touches, as a bit set reused from one move to the next: adding is a bit write (a slot
 * found under several days or bounds counts once), and the slots are handed out in ascending order and in batches,
 * so that the per-slot arrays they index are walked forward and each batch's reads can overlap. A second level, one
 * bit per word of slots, says which words hold any: handing out and clearing visit those words only, so a move
 * costs what it touches, not a scan of the population's words (156,250 of them at ten million customers).
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class TouchedSlots {
    private long[] words = new long[0];
    /** Bit {@code w} set when {@code words[w]} is not zero. */
    private long[] summary = new long[0];
    /** The summary word that {@link #next} reads from; those before it are zero. */
    private int cursor;
    private int count;

    /**
     * Makes room for slots {@code [0, slots)} at once: grown by {@link #add} as a move meets ever higher slots, the
     * words of a large population were copied over and over during the first move after a build (3 % of that move
     * on ten million customers).
     */
    void ensureCapacity(int slots) {
        grow((int) ((slots + 63L) >>> 6));
    }

    void add(int slot) {
        int word = slot >>> 6;
        if (word >= words.length) {
            grow(Math.max(word + 1, words.length + (words.length >>> 1)));
        }
        long bit = 1L << slot;
        if ((words[word] & bit) == 0) {
            words[word] |= bit;
            summary[word >>> 6] |= 1L << word;
            count++;
        }
    }

    private void grow(int wordCount) {
        if (wordCount > words.length) {
            words = Arrays.copyOf(words, wordCount);
            summary = Arrays.copyOf(summary, (wordCount + 63) >>> 6);
        }
    }

    int count() {
        return count;
    }

    /**
     * Moves the next touched slots, ascending, into {@code into} (as many as fit) and returns how many; 0 once every
     * slot was handed out, the set then being empty.
     */
    int next(int[] into) {
        int n = 0;
        while (n < into.length && cursor < summary.length) {
            long nonZero = summary[cursor];
            if (nonZero == 0) {
                cursor++;
                continue;
            }
            int w = (cursor << 6) + Long.numberOfTrailingZeros(nonZero);
            long word = words[w];
            while (word != 0 && n < into.length) {
                into[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
            words[w] = word;
            if (word == 0) {
                summary[cursor] &= nonZero - 1;
            }
        }
        if (n == 0) {
            cursor = 0;
            count = 0;
        }
        return n;
    }

    /**
     * Moves every touched slot, ascending, into {@code into}, which has room for {@link #count()} of them, and returns
     * how many; the set is then empty.
     */
    int drainTo(int[] into) {
        if (into.length < count) {
            throw new IllegalArgumentException("room for " + into.length + " of " + count + " touched slots");
        }
        int drained = next(into);
        // the set is empty now; a second call tells it so and rewinds it
        next(into);
        return drained;
    }

    /** Forgets every slot. */
    void clear() {
        for (int s = cursor; s < summary.length; s++) {
            long nonZero = summary[s];
            while (nonZero != 0) {
                words[(s << 6) + Long.numberOfTrailingZeros(nonZero)] = 0;
                nonZero &= nonZero - 1;
            }
            summary[s] = 0;
        }
        cursor = 0;
        count = 0;
    }
}
