package io.github.segmentkit.live;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Customer ids and their slots (dense numbers from 0, in order of first appearance). A slot, once given to an id,
 * is that id's for good, deleted or not: so snapshots can share this structure with the writer, since everything
 * they can see (slots below their slot count) never changes again.
 *
 * <p>The id-to-slot map is an open-addressing table of primitives (16 bytes per entry, at most three quarters
 * full: 21 to 43 bytes per customer; a map of boxed {@code Long} to {@code Integer} costs about 70): an entry is written slot first, then its key with
 * release semantics, and readers read the key with acquire semantics, so a reader that finds a key sees its slot. A
 * full table is copied into one twice as large and published through a volatile field; nothing is ever removed.
 *
 * <p>One writer at a time (the live segmentation's lock); readers from any thread.
 */
final class SlotIds {
    private static final int PAGE_SHIFT = 12;
    private static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    /** Marks a free entry of {@link Table#keys}; an id equal to it is kept in {@link Table#emptyKeySlot}. */
    private static final long FREE = Long.MIN_VALUE;

    private volatile Table table = new Table(16, -1);
    /** Ids by slot in pages of {@value #PAGE_SIZE}; a page is filled in slot order and never rewritten. */
    private volatile long[][] idPages = new long[0][];
    private int size;

    /** The slot of {@code id}, or −1 when it never had one. */
    int slotOf(long id) {
        return table.slotOf(id);
    }

    /** A new slot for {@code id}, which must have none. */
    int add(long id) {
        int slot = size;
        int page = slot >>> PAGE_SHIFT;
        long[][] pages = idPages;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page + 1);
            pages[page] = new long[PAGE_SIZE];
        }
        pages[page][slot & (PAGE_SIZE - 1)] = id;
        idPages = pages;
        size++;
        Table current = table;
        if (!current.fits(size + 1)) {
            current = current.grown();
        }
        current.put(id, slot);
        table = current;   // volatile: publishes the entry (and a grown table)
        return slot;
    }

    int size() {
        return size;
    }

    /** The pages as they are now, for a snapshot of the first {@link #size()} slots. */
    long[][] pages() {
        return idPages;
    }

    static long idAt(long[][] pages, int slot) {
        return pages[slot >>> PAGE_SHIFT][slot & (PAGE_SIZE - 1)];
    }

    /**
     * Linear probing over a power-of-two number of entries, each two words of one array: its key, then its slot. A
     * key and its slot share a cache line, so a look-up of a customer not touched lately costs one miss, not one in
     * the keys and then another in a separate array of slots (a change to a cold customer on ten million pays that
     * latency in series with everything after it). At most three quarters full: probes stay short and mostly within
     * the line of the first entry (four entries to a line).
     */
    private static final class Table {
        /** [2i] the key of entry i ({@link #FREE} when free), [2i + 1] its slot. */
        final long[] entries;
        final int capacity;
        volatile int emptyKeySlot;

        Table(int capacity, int emptyKeySlot) {
            this.capacity = capacity;
            this.entries = new long[2 * capacity];
            for (int i = 0; i < entries.length; i += 2) {
                entries[i] = FREE;
            }
            this.emptyKeySlot = emptyKeySlot;
        }

        /** Whether {@code size} entries fit without passing three quarters of the capacity. */
        boolean fits(int size) {
            return size <= capacity - (capacity >>> 2);
        }

        int slotOf(long id) {
            if (id == FREE) {
                return emptyKeySlot;
            }
            int mask = capacity - 1;
            for (int i = hash(id) & mask; ; i = (i + 1) & mask) {
                long key = (long) KEYS.getAcquire(entries, 2 * i);
                if (key == id) {
                    return (int) entries[2 * i + 1];
                }
                if (key == FREE) {
                    return -1;
                }
            }
        }

        void put(long id, int slot) {
            if (id == FREE) {
                emptyKeySlot = slot;
                return;
            }
            int mask = capacity - 1;
            int i = hash(id) & mask;
            while (entries[2 * i] != FREE) {
                i = (i + 1) & mask;
            }
            entries[2 * i + 1] = slot;
            KEYS.setRelease(entries, 2 * i, id);
        }

        Table grown() {
            Table grown = new Table(2 * capacity, emptyKeySlot);
            for (int i = 0; i < entries.length; i += 2) {
                if (entries[i] != FREE) {
                    grown.put(entries[i], (int) entries[i + 1]);
                }
            }
            return grown;
        }

        private static int hash(long id) {
            // Fibonacci hashing spreads sequential ids over the table
            long mixed = id * 0x9E3779B97F4A7C15L;
            return (int) (mixed ^ (mixed >>> 32));
        }
    }
}
