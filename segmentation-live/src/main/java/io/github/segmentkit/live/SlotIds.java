package io.github.segmentkit.live;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Customer ids and their slots (dense numbers from 0, in order of first appearance). A slot, once given to an id,
 * is that id's for good, deleted or not: so snapshots can share this structure with the writer, since everything
 * they can see (slots below their slot count) never changes again.
 *
 * <p>The id-to-slot map is an open-addressing table of primitives (about 24 bytes per customer at most half full;
 * a map of boxed {@code Long} to {@code Integer} costs about 70): an entry is written slot first, then its key with
 * release semantics, and readers read the key with acquire semantics, so a reader that finds a key sees its slot. A
 * full table is copied into one twice as large and published through a volatile field; nothing is ever removed.
 *
 * <p>Ids that run in slot order ({@code first, first + 1, ...}, as database keys often do) are also found without the
 * table: while every slot's id is the first id plus the slot, the slot of an id is its distance from the first, and a
 * look-up costs no memory read. A change of one customer among millions otherwise starts with a cache miss or two in
 * the table (about a fifth of a cold change's time, profiled at ten million customers). The table is kept in any
 * case, so the first id out of order only ends the short cut.
 *
 * <p>One writer at a time (the live segmentation's lock); readers from any thread.
 */
final class SlotIds {
    private static final int PAGE_SHIFT = 12;
    private static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    /** Marks a free entry of {@link Table#keys}; an id equal to it is kept in {@link Table#emptyKeySlot}. */
    private static final long FREE = Long.MIN_VALUE;
    /** {@link #runLength} once an id came out of order. */
    private static final int NO_RUN = -1;

    private volatile Table table = new Table(16, -1);
    /** Ids by slot in pages of {@value #PAGE_SIZE}; a page is filled in slot order and never rewritten. */
    private volatile long[][] idPages = new long[0][];
    private int size;
    /** The id of slot 0; written before the first write of {@link #runLength}, so a reader that sees a run sees it. */
    private long firstId;
    /**
     * How many slots from 0 hold {@code firstId + slot}: every slot while the ids run in order, {@value #NO_RUN} from
     * the first id out of order on (the table then answers every look-up).
     */
    private volatile int runLength;

    /** The slot of {@code id}, or −1 when it never had one. */
    int slotOf(long id) {
        int run = runLength;
        if (run >= 0) {
            // slots [0, run) hold firstId + slot; a later slot (if any) was given after this read
            long slot = id - firstId;
            return slot >= 0 && slot < run ? (int) slot : -1;
        }
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
        if (2 * (size + 1) > current.keys.length) {
            current = current.grown();
        }
        current.put(id, slot);
        table = current;   // volatile: publishes the entry (and a grown table)
        if (slot == 0) {
            firstId = id;
        }
        if (runLength == slot && id == firstId + slot) {
            runLength = slot + 1;   // volatile: publishes the run (and firstId)
        } else if (runLength != NO_RUN) {
            runLength = NO_RUN;     // the table, published above, answers from now on
        }
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

    /** Linear probing over a power-of-two table; {@link #FREE} marks free entries. */
    private static final class Table {
        final long[] keys;
        final int[] slots;
        volatile int emptyKeySlot;

        Table(int capacity, int emptyKeySlot) {
            this.keys = new long[capacity];
            Arrays.fill(keys, FREE);
            this.slots = new int[capacity];
            this.emptyKeySlot = emptyKeySlot;
        }

        int slotOf(long id) {
            if (id == FREE) {
                return emptyKeySlot;
            }
            int mask = keys.length - 1;
            for (int i = hash(id) & mask; ; i = (i + 1) & mask) {
                long key = (long) KEYS.getAcquire(keys, i);
                if (key == id) {
                    return slots[i];
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
            int mask = keys.length - 1;
            int i = hash(id) & mask;
            while (keys[i] != FREE) {
                i = (i + 1) & mask;
            }
            slots[i] = slot;
            KEYS.setRelease(keys, i, id);
        }

        Table grown() {
            Table grown = new Table(2 * keys.length, emptyKeySlot);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != FREE) {
                    grown.put(keys[i], slots[i]);
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
