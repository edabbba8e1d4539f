package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * The slots filed under one day of a {@link RelativeDateIndex}, each once, in no order. Every slot knows its position
 * here (the index keeps it beside the slot's day), so that a customer leaving the day is found at once and marked
 * {@linkplain #kill gone} in place; once gone entries are more than half the bucket, it is {@linkplain #compact
 * compacted} and the index told where each remaining entry moved. A clock move reads a bucket straight through,
 * skipping gone entries.
 *
 * <p>Why marks and not removal: removing at once (the last entry moved into the hole) made a change read the
 * bucket's last entry and write that other customer's position, two more cache misses on its path at ten million
 * customers; a mark is one write. Measured in one JVM (10M customers, cold changes, blocks of 20,000 changes
 * alternating both ways): 3–5 % less per change in five starts. Compaction moves at most as many entries as were
 * marked since the last one, and each moved entry's new position is written in a loop whose misses overlap.
 *
 * <p>(Before that it deleted lazily: a departure only counted, and telling stale from current entries took a random
 * read of the slot-to-day array per entry, and a full bucket was sorted to find repeated entries. A mark needs
 * neither: a gone entry is recognisable by itself, and an entry is never filed twice.)
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class DayBucket {
    private static final int[] EMPTY = {};
    /** An entry whose customer left ({@link #kill}). */
    static final int DEAD = -1;

    /** Tells the new position of a slot that {@link #compact} moved. */
    @FunctionalInterface
    interface Moves {
        void moved(int slot, int position);
    }

    private int[] slots = EMPTY;
    private int size;
    private int dead;

    /** Appends {@code slot}, which is not here. @return its position, until a removal moves it */
    int add(int slot) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(4, 2 * size));
        }
        slots[size] = slot;
        return size++;
    }

    /** Marks the entry at {@code position}, whose customer left the day, as gone; no other entry moves. */
    void kill(int position) {
        slots[position] = DEAD;
        dead++;
    }

    /** Whether gone entries are more than half the bucket (and more than a few), so that {@link #compact} is due. */
    boolean crowdedWithDead() {
        return dead > 16 && dead > size >>> 1;
    }

    /** Moves the current entries to the front, in order, telling {@code moves} each moved one's new position. */
    void compact(Moves moves) {
        int to = 0;
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            if (slot != DEAD) {
                if (i != to) {
                    slots[to] = slot;
                    moves.moved(slot, to);
                }
                to++;
            }
        }
        size = to;
        dead = 0;
        shrinkIfSparse();
    }

    /** The entries, gone ones included: at least as many as the live slots {@link #addTo} adds. */
    int size() {
        return size;
    }

    /**
     * Gives back memory once a day has lost most of its customers (a day that keeps emptying, such as yesterday): the
     * array shrinks by halves to at most four times the entries (at least 64), in one copy, since a batch of departures
     * can empty a large bucket at once.
     */
    private void shrinkIfSparse() {
        int length = slots.length;
        while (length > 64 && size < length >>> 2) {
            length >>>= 1;
        }
        if (length != slots.length) {
            slots = Arrays.copyOf(slots, length);
        }
    }

    /** Adds every slot of this day to {@code into}. */
    void addTo(TouchedSlots into) {
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            if (slot != DEAD) {
                into.add(slot);
            }
        }
    }

    int capacity() {
        return slots.length;
    }
}
