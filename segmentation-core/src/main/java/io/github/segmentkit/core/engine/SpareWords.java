package io.github.segmentkit.core.engine;

import java.util.Arrays;

/**
 * Zeroed bitmap words of one block of rows ({@code long[1024]}) that no block holds any more, for
 * {@link MemberBitmaps} to use before allocating: the words of a sparse segment's block, whose rows an array
 * container copied out. A segmenter keeps one between runs (softly), so that a run's allocation stays close to its
 * result. A plain stack under a lock: a lock-free deque allocates a node per push.
 *
 * <p>Thread-safe.
 */
final class SpareWords {
    private long[][] stack = new long[16][];
    private int size;

    /** A zeroed block of words, or {@code null} when none is spare. */
    synchronized long[] take() {
        if (size == 0) {
            return null;
        }
        long[] words = stack[--size];
        stack[size] = null;
        return words;
    }

    /** Keeps {@code words}, which must be zeroed and no longer used by anyone. */
    synchronized void give(long[] words) {
        if (size == stack.length) {
            stack = Arrays.copyOf(stack, 2 * size);
        }
        stack[size++] = words;
    }
}
