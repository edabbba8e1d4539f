package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * Where each slot is filed in every {@link RelativeDateIndex} of a live segmentation: per index, the day (or
 * {@link #NONE}) and the position in that day's bucket, the indexes of one slot side by side. A change re-files its
 * customer under every index; kept in one array per index, that was one cache miss per index (three for the
 * benchmark's last order, signup and last login on ten million customers), here one or two.
 *
 * <pre>
 * slot 0: [index 0: day, position] [index 1: day, position] ...
 * slot 1: [index 0: day, position] [index 1: day, position] ...
 * </pre>
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class SlotFilings {
    /** The day of a slot filed under no day. */
    static final long NONE = Long.MIN_VALUE;

    private long[] words = new long[0];
    private int indexes;
    private int capacity;

    /** Adds an index, under which no slot is filed yet. @return its number */
    int addIndex() {
        int stride = 2 * (indexes + 1);
        long[] laid = new long[Math.multiplyExact(capacity, stride)];
        for (int slot = 0; slot < capacity; slot++) {
            System.arraycopy(words, slot * 2 * indexes, laid, slot * stride, 2 * indexes);
            laid[slot * stride + stride - 2] = NONE;
        }
        words = laid;
        return indexes++;
    }

    /** The day {@code slot} is filed under in index {@code index}, or {@link #NONE}. */
    long day(int slot, int index) {
        return slot < capacity ? words[at(slot, index)] : NONE;
    }

    /**
     * The first word of {@code slot}'s filings (0 when it has none): a read that brings them into the cache ahead of
     * their use.
     */
    long readAhead(int slot) {
        return slot < capacity && indexes > 0 ? words[at(slot, 0)] : 0;
    }

    /** The position of {@code slot} in the bucket of its day in index {@code index}; the slot is filed there. */
    int position(int slot, int index) {
        return (int) words[at(slot, index) + 1];
    }

    /** Files {@code slot} under {@code day} at {@code position} of that day's bucket in index {@code index}. */
    void file(int slot, int index, long day, int position) {
        ensureCapacity(slot + 1);
        int at = at(slot, index);
        words[at] = day;
        words[at + 1] = position;
    }

    /** Notes that {@code slot}, filed in index {@code index}, moved to {@code position} of its bucket. */
    void moved(int slot, int index, int position) {
        words[at(slot, index) + 1] = position;
    }

    /** Unfiles {@code slot} from index {@code index}, where it is filed. */
    void unfile(int slot, int index) {
        words[at(slot, index)] = NONE;
    }

    private int at(int slot, int index) {
        return 2 * (slot * indexes + index);
    }

    private void ensureCapacity(int slots) {
        if (slots <= capacity) {
            return;
        }
        int grown = Math.max(slots, capacity + (capacity >>> 1) + 32);
        int old = words.length;
        words = Arrays.copyOf(words, Math.multiplyExact(grown, 2 * indexes));
        // new slots are filed nowhere: NONE days (their positions are never read)
        for (int at = old; at < words.length; at += 2) {
            words[at] = NONE;
        }
        capacity = grown;
    }
}
