package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * The slots filed under one day of a {@link RelativeDateIndex}, with lazy deletion: an entry is current while the
 * index's slot-to-day array still gives this day for its slot, so leaving a day costs a counter increment here, not a
 * search. When the array is full, stale and repeated entries are dropped first, and it grows only when current
 * entries fill more than half of it: it stays within about twice the current slots, and adding is amortised O(1).
 *
 * <p>The counter of departures is what lets a clock move read a bucket without a random read of the slot-to-day
 * array per entry (one cache and TLB miss each on a large population): a bucket no customer left since it was last
 * cleaned holds current entries only. A bucket with departures is checked entry by entry when read, and cleaned at
 * the same time, so that the days a move reads (old days of an attribute that keeps moving, such as the last login)
 * do not keep their stale entries until a customer is filed there again.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class DayBucket {
    private int[] slots = new int[4];
    private int size;
    /** Customers that left this day since it was last cleaned: zero when every entry is current. */
    private int departures;

    /** Files {@code slot}, whose entry in {@code dayBySlot} is already {@code day}. */
    void add(int slot, long[] dayBySlot, long day) {
        if (size == slots.length) {
            compact(dayBySlot, day);
            if (size > slots.length / 2) {
                slots = Arrays.copyOf(slots, 2 * slots.length);
            }
        }
        slots[size++] = slot;
    }

    /** Notes that a customer filed here moved to another day or was unfiled: its entry is stale. */
    void left() {
        departures++;
    }

    /** Adds every current slot of this day to {@code into}, dropping the stale entries if there may be any. */
    void addTo(TouchedSlots into, long[] dayBySlot, long day) {
        if (departures == 0) {
            for (int i = 0; i < size; i++) {
                into.add(slots[i]);
            }
            return;
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            if (dayBySlot[slot] == day) {
                into.add(slot);
                slots[kept++] = slot;
            }
        }
        size = kept;
        departures = 0;
    }

    int capacity() {
        return slots.length;
    }

    /**
     * Keeps the current entries once each. A slot that left and came back has two entries that both look current:
     * sorting puts them side by side.
     */
    private void compact(long[] dayBySlot, long day) {
        Arrays.sort(slots, 0, size);
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int slot = slots[i];
            if (dayBySlot[slot] == day && (kept == 0 || slots[kept - 1] != slot)) {
                slots[kept++] = slot;
            }
        }
        size = kept;
        departures = 0;
    }
}
