package io.github.segmentkit.live;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Customer ids and their slots (dense numbers from 0, in order of first appearance). A slot, once given to an id,
 * is that id's for good, deleted or not: so snapshots can share this structure with the writer, since everything
 * they can see (slots below their slot count) never changes again.
 *
 * <p>One writer at a time (the live segmentation's lock); readers of published slots from any thread.
 */
final class SlotIds {
    private static final int PAGE_SHIFT = 12;
    private static final int PAGE_SIZE = 1 << PAGE_SHIFT;

    private final ConcurrentHashMap<Long, Integer> slotById = new ConcurrentHashMap<>();
    /** Ids by slot in pages of {@value #PAGE_SIZE}; a page is filled in slot order and never rewritten. */
    private volatile long[][] idPages = new long[0][];
    private int size;

    /** The slot of {@code id}, or −1 when it never had one. */
    int slotOf(long id) {
        Integer slot = slotById.get(id);
        return slot == null ? -1 : slot;
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
        slotById.put(id, slot);
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
}
