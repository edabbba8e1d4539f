package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * The slots filed under one day of a {@link RelativeDateIndex}, each once, in no order. Every slot knows its position
 * here (the index keeps it beside the slot's day), so that a customer leaving the day is removed at once: the last
 * entry takes its place. A bucket therefore holds current entries only, and a clock move reads it straight through.
 *
 * <p>(It used to delete lazily: a departure only counted, the stale entries dropped when the bucket was read or
 * full. Telling stale from current entries took a random read of the slot-to-day array per entry, and a full bucket
 * was sorted to find repeated entries: on ten million customers the bucket of today, which every change files a
 * customer under, cost an eighth of a change in compactions. Removing at once costs one write to the moved entry's
 * position instead.)
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class DayBucket {
    private static final int[] EMPTY = {};

    private int[] slots = EMPTY;
    private int size;

    /** Appends {@code slot}, which is not here. @return its position, until a removal moves it */
    int add(int slot) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(4, 2 * size));
        }
        slots[size] = slot;
        return size++;
    }

    /**
     * Removes the entry at {@code position}; the last entry moves there.
     *
     * @return the slot that moved to {@code position}, whose position the caller updates, or -1 when the removed
     *         entry was the last one
     */
    int removeAt(int position) {
        int last = --size;
        if (position == last) {
            shrinkIfSparse();
            return -1;
        }
        int moved = slots[last];
        slots[position] = moved;
        shrinkIfSparse();
        return moved;
    }

    /** Gives back memory once a day has lost most of its customers (a day that keeps emptying, such as yesterday). */
    private void shrinkIfSparse() {
        if (slots.length > 64 && size < slots.length >>> 2) {
            slots = Arrays.copyOf(slots, slots.length >>> 1);
        }
    }

    /** Adds every slot of this day to {@code into}. */
    void addTo(TouchedSlots into) {
        for (int i = 0; i < size; i++) {
            into.add(slots[i]);
        }
    }

    int capacity() {
        return slots.length;
    }
}
