package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

/**
 * A set of non-negative {@code long}s with open addressing (linear probing) in a plain array: the distinct invoice
 * numbers of a heavy buyer, without a boxed {@code Long} and a hash-map node per invoice.
 *
 * <p>Not thread-safe.
 */
final class InvoiceNumberSet {
    private static final long EMPTY = -1;

    private long[] slots;
    private int size;

    InvoiceNumberSet(long[] initial, int count) {
        slots = emptySlots(Integer.highestOneBit(Math.max(count, 8)) * 4);
        for (int i = 0; i < count; i++) {
            add(initial[i]);
        }
    }

    private static long[] emptySlots(int capacity) {
        long[] slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
        return slots;
    }

    /** Adds {@code number} (&ge; 0); does nothing when it is already there. */
    void add(long number) {
        int mask = slots.length - 1;
        int slot = mix(number) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == number) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = number;
        if (++size * 2 > slots.length) {
            grow();
        }
    }

    private void grow() {
        long[] old = slots;
        slots = emptySlots(old.length * 2);
        size = 0;
        for (long number : old) {
            if (number != EMPTY) {
                add(number);
            }
        }
    }

    private static int mix(long number) {
        long h = number * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads consecutive invoice numbers
        return (int) (h ^ (h >>> 32));
    }

    int size() {
        return size;
    }
}
