package io.github.segmentkit.live;

import io.github.segmentkit.api.AsOf;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/**
 * One state of a {@link LiveSegmentation}: every change up to event {@link #sequence()} and none after, at one
 * as-of time. Taking a snapshot copies no members: it shares their blocks with the writer (which copies a block before
 * its first write after a snapshot) and with the previous snapshot, so readers can take one per query.
 *
 * <pre>{@code
 * LiveSnapshot now = live.snapshot();
 * int lapsed = now.count("lapsed");
 * long[] lapsedIds = now.memberIds("lapsed");        // the same state as the count
 * Set<String> ofAlice = now.segmentsOf(42L);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LiveSnapshot {
    private final List<String> names;
    private final Map<String, Integer> indexes;
    private final MemberBlocks.Published members;
    private final SlotIds slotIds;
    private final long[][] idPages;
    private final int slotCount;
    private final int aliveSet;
    private final long sequence;
    private final AsOf asOf;

    LiveSnapshot(List<String> names, Map<String, Integer> indexes, MemberBlocks.Published members, SlotIds slotIds,
            long sequence, AsOf asOf) {
        this.names = names;
        this.indexes = indexes;
        this.members = members;
        this.slotIds = slotIds;
        this.idPages = slotIds.pages();
        this.slotCount = slotIds.size();
        this.aliveSet = names.size();
        this.sequence = sequence;
        this.asOf = asOf;
    }

    /** The sequence number of the last event this state reflects; 0 before the first event. */
    public long sequence() {
        return sequence;
    }

    /** The as-of time the members were evaluated at. */
    public AsOf asOf() {
        return asOf;
    }

    /** The segment names, in declaration order. */
    public List<String> segmentNames() {
        return names;
    }

    /** The number of customers (deleted ones excluded). */
    public int customerCount() {
        return members.counts()[aliveSet];
    }

    /**
     * The number of members of {@code segment}.
     *
     * @throws IllegalArgumentException when there is no such segment
     */
    public int count(String segment) {
        return members.counts()[index(segment)];
    }

    /**
     * The ids of the members of {@code segment}, ascending.
     *
     * @throws IllegalArgumentException when there is no such segment
     */
    public long[] memberIds(String segment) {
        return idsOf(index(segment));
    }

    /** The ids of every customer, ascending. */
    public long[] customerIds() {
        return idsOf(aliveSet);
    }

    /** Whether a customer with this id is in the population. */
    public boolean contains(long customerId) {
        int slot = slotOf(customerId);
        return slot >= 0 && members.contains(aliveSet, slot);
    }

    /**
     * Whether the customer belongs to {@code segment}; {@code false} for an unknown customer.
     *
     * @throws IllegalArgumentException when there is no such segment
     */
    public boolean isMember(String segment, long customerId) {
        int set = index(segment);
        int slot = slotOf(customerId);
        return slot >= 0 && members.contains(set, slot);
    }

    /** The segments of the customer, in declaration order; empty for an unknown customer. */
    public Set<String> segmentsOf(long customerId) {
        int slot = slotOf(customerId);
        if (slot < 0 || !members.contains(aliveSet, slot)) {
            return Set.of();
        }
        Set<String> segments = new LinkedHashSet<>();
        for (int s = 0; s < names.size(); s++) {
            if (members.contains(s, slot)) {
                segments.add(names.get(s));
            }
        }
        return Collections.unmodifiableSet(segments);
    }

    private int slotOf(long customerId) {
        int slot = slotIds.slotOf(customerId);
        // a slot given after this snapshot was taken is not part of it
        return slot < slotCount ? slot : -1;
    }

    private long[] idsOf(int set) {
        long[] ids = new long[members.counts()[set]];
        int n = 0;
        long[][] blocks = members.blocks()[set];
        for (int b = 0; b < blocks.length; b++) {
            long[] words = blocks[b];
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                while (word != 0) {
                    int slot = (b << MemberBlocks.BLOCK_SHIFT) + (w << 6) + Long.numberOfTrailingZeros(word);
                    ids[n++] = SlotIds.idAt(idPages, slot);
                    word &= word - 1;
                }
            }
        }
        Arrays.sort(ids);
        return ids;
    }

    /**
     * The members of the set numbered {@code set} (the segments by declaration, then every customer) as a bitmap of
     * slots; for {@link LiveSegmentation#saveTo}, outside the writer lock.
     */
    RoaringBitmap slotsOf(int set) {
        return members.toBitmap(set);
    }

    /** The id of every slot this state has, by slot (deleted customers' included). */
    long[] idsBySlot() {
        long[] ids = new long[slotCount];
        for (int slot = 0; slot < slotCount; slot++) {
            ids[slot] = SlotIds.idAt(idPages, slot);
        }
        return ids;
    }

    private int index(String segment) {
        Integer index = indexes.get(segment);
        if (index == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; the segments are " + names);
        }
        return index;
    }

    @Override
    public String toString() {
        return "LiveSnapshot[sequence " + sequence + ", as of " + asOf.instant() + ", " + customerCount()
                + " customers]";
    }
}
