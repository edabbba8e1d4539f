package io.github.segmentkit.live;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The customer object of each slot, in pages of 4,096 slots copied on write, so that a frozen view of every slot
 * ({@link #freeze()}) costs a copy of the page directory instead of one of every reference. A merge on
 * the pool reads such a view while the writer goes on replacing slots; copying ten million references into a new
 * array held the writer up 5.5 ms with ParallelGC and 33 ms with G1 (a humongous array of 40 MB) at every merge.
 * Here the writer copies a page (4,096 references, 16 KB) the first time it writes to it after a freeze, spread over
 * the changes that follow, and no array is ever larger than a page or the directory.
 *
 * <pre>
 * directory: [page 0] [page 1] [page 2] ...     frozen: [true] [false] [true] ...
 *               |        |        |
 *            slots    slots    slots
 *            0..4095  4096..   8192..
 * </pre>
 *
 * <p>{@link #set} lists its write and makes {@value #PENDING_WRITES} at a time (and before anything reads): reading
 * the listed slots' lines first lets their cache misses overlap, where a write made at once missed within the change.
 *
 * <p>A page that a frozen view may read is never written again: a write to it copies it first and writes the copy.
 * Not thread-safe: the live segmentation's writer lock guards it. Frozen views are immutable and may be read on any
 * thread once handed over through a happens-before edge (the executor that runs the merge).
 *
 * @param <T> the customer type
 */
final class SlotCustomers<T> {
    /** Slots per page: 2^12. */
    static final int PAGE_SHIFT = 12;
    /**
     * The most writes {@link #set} lists before writing them to their pages. A write to a slot whose line is not in
     * the cache held up the change that made it by 140–170 ns at ten million customers (a change of a new customer
     * object costs about 1.3 µs there, with ParallelGC); listed, the lines are read together, their misses
     * overlapping, and then written.
     */
    static final int PENDING_WRITES = 256;

    private final int pageShift;
    private final int pageMask;
    private Object[][] pages;
    /** Per page: whether a frozen view may read it, so that the next write copies it first. */
    private boolean[] frozen;
    private int size;
    /** The writes {@link #set} listed and not yet made, in order: a slot may be listed more than once. */
    private final int[] pendingSlots = new int[PENDING_WRITES];
    private final Object[] pendingCustomers = new Object[PENDING_WRITES];
    private int pending;
    /** How many listed slots held null when their lines were read: kept so that the reads are not optimised away. */
    private long nullsRead;

    /** The customers of {@code initial}, slot i holding its i-th element. */
    SlotCustomers(List<? extends T> initial) {
        this(initial, PAGE_SHIFT);
    }

    /** As {@link #SlotCustomers(List)}, with pages of {@code 2^pageShift} slots (tests cross pages with small ones). */
    SlotCustomers(List<? extends T> initial, int pageShift) {
        if (pageShift < 0 || pageShift > 20) {
            throw new IllegalArgumentException("page shift " + pageShift + " is not in [0, 20]");
        }
        this.pageShift = pageShift;
        this.pageMask = (1 << pageShift) - 1;
        int pageCount = pagesFor(initial.size());
        this.pages = new Object[pageCount][];
        this.frozen = new boolean[pageCount];
        for (int p = 0; p < pageCount; p++) {
            int from = p << pageShift;
            int to = Math.min(initial.size(), from + (1 << pageShift));
            Object[] page = new Object[1 << pageShift];
            for (int slot = from; slot < to; slot++) {
                page[slot - from] = initial.get(slot);
            }
            pages[p] = page;
        }
        this.size = initial.size();
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")   // only T is ever stored
    T get(int slot) {
        Objects.checkIndex(slot, size);
        if (pending > 0) {
            writePending();
        }
        return (T) pages[slot >>> pageShift][slot & pageMask];
    }

    /** Puts {@code customer} in {@code slot}, which must exist: listed, and written with the next batch. */
    void set(int slot, T customer) {
        Objects.checkIndex(slot, size);
        pendingSlots[pending] = slot;
        pendingCustomers[pending] = customer;
        if (++pending == PENDING_WRITES) {
            writePending();
        }
    }

    /** Makes the listed writes, in order, after reading every listed slot's line so that their misses overlap. */
    private void writePending() {
        long nulls = 0;
        for (int i = 0; i < pending; i++) {
            int slot = pendingSlots[i];
            nulls += pages[slot >>> pageShift][slot & pageMask] == null ? 1 : 0;
        }
        nullsRead += nulls;
        for (int i = 0; i < pending; i++) {
            int slot = pendingSlots[i];
            writablePage(slot >>> pageShift)[slot & pageMask] = pendingCustomers[i];
        }
        Arrays.fill(pendingCustomers, 0, pending, null);
        pending = 0;
    }

    /** Puts {@code customer} in a new slot after the last. */
    void add(T customer) {
        int page = size >>> pageShift;
        if (page == pages.length) {
            int grown = Math.max(page + 1, page + (page >>> 1));
            pages = Arrays.copyOf(pages, grown);
            frozen = Arrays.copyOf(frozen, grown);
        }
        if (pages[page] == null) {
            pages[page] = new Object[1 << pageShift];
        }
        writablePage(page)[size & pageMask] = customer;
        size++;
    }

    /**
     * The customers as they are now, unchanged by later writes: every page is marked frozen and the directory copied,
     * about one word per 4,096 slots.
     */
    List<T> freeze() {
        if (pending > 0) {
            writePending();
        }
        int pageCount = pagesFor(size);
        Arrays.fill(frozen, 0, pageCount, true);
        return new Frozen<>(Arrays.copyOf(pages, pageCount), size, pageShift);
    }

    /**
     * The customers as a read-only list that follows later writes: for reading them on the writer's thread (a table
     * built there), where nothing writes meanwhile.
     */
    List<T> view() {
        if (pending > 0) {
            writePending();
        }
        return new View();
    }

    private Object[] writablePage(int page) {
        Object[] current = pages[page];
        if (frozen[page]) {
            current = current.clone();
            pages[page] = current;
            frozen[page] = false;
        }
        return current;
    }

    private int pagesFor(int slots) {
        return (int) (((long) slots + pageMask) >>> pageShift);
    }

    /** {@link #view()}: the current pages through the owner. */
    private final class View extends AbstractList<T> implements RandomAccess {
        @Override
        public T get(int index) {
            return SlotCustomers.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** {@link #freeze()}: pages that are never written again, up to a fixed size. */
    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
        private final Object[][] pages;
        private final int size;
        private final int pageShift;
        private final int pageMask;

        Frozen(Object[][] pages, int size, int pageShift) {
            this.pages = pages;
            this.size = size;
            this.pageShift = pageShift;
            this.pageMask = (1 << pageShift) - 1;
        }

        @Override
        @SuppressWarnings("unchecked")   // only T is ever stored
        public T get(int index) {
            Objects.checkIndex(index, size);
            return (T) pages[index >>> pageShift][index & pageMask];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
