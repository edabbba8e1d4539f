package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * The slots a clock move touches, as a bit set reused from one move to the next: adding is a bit write (a slot
 * found under several days or bounds counts once), and the slots are handed out in ascending order and in batches,
 * so that the per-slot arrays they index are walked forward and each batch's reads can overlap. Cleared as it is
 * read.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class TouchedSlots {
    private long[] words = new long[0];
    private int lowWord = Integer.MAX_VALUE;
    private int highWord = -1;
    private int count;

    void add(int slot) {
        int word = slot >>> 6;
        if (word >= words.length) {
            words = Arrays.copyOf(words, Math.max(word + 1, words.length + (words.length >>> 1)));
        }
        long bit = 1L << slot;
        if ((words[word] & bit) == 0) {
            words[word] |= bit;
            count++;
            lowWord = Math.min(lowWord, word);
            highWord = Math.max(highWord, word);
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
        while (n < into.length && lowWord <= highWord) {
            long word = words[lowWord];
            while (word != 0 && n < into.length) {
                into[n++] = (lowWord << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
            words[lowWord] = word;
            if (word == 0) {
                lowWord++;
            }
        }
        if (lowWord > highWord) {
            clear();
        }
        return n;
    }

    /** Forgets every slot. */
    void clear() {
        if (highWord >= 0) {
            Arrays.fill(words, lowWord, highWord + 1, 0L);
        }
        lowWord = Integer.MAX_VALUE;
        highWord = -1;
        count = 0;
    }
}
