package io.github.segmentkit.live;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The events of one change or one clock move, numbered consecutively from a first sequence number and kept as
 * primitives (a customer id, a segment name and a kind per event) until a subscription's thread reads them: each
 * {@link #get} makes the {@link SegmentEvent} there. A clock move makes thousands of events at once, and making
 * their objects on the writer's thread, with the writer lock held, cost about a tenth of a one-day move on a million
 * customers; the listeners' threads, which hand the events out one by one anyway, make them instead.
 *
 * <p>Filled by the writer holding the live segmentation's lock, then sent and never changed again: safe to read
 * from any thread once the queue that hands it over has published it.
 */
final class EventBatch extends AbstractList<SegmentEvent> implements RandomAccess {
    /** How {@link #addAll} is told an event's kind. */
    static final byte ENTERED = 0;
    static final byte EXITED = 1;
    private static final long[] NO_IDS = {};
    private static final String[] NO_SEGMENTS = {};
    private static final byte[] NO_KINDS = {};

    private final long firstSequence;
    private final Instant asOf;
    private long[] customerIds;
    private String[] segments;
    private byte[] kinds;
    private int size;

    /**
     * A batch whose first event will be number {@code firstSequence}, every event as of {@code asOf}, with room for
     * {@code expected} events before it grows.
     */
    EventBatch(long firstSequence, Instant asOf, int expected) {
        this.firstSequence = firstSequence;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        // most changes move no customer in or out of anything: no arrays until the first event
        this.customerIds = expected > 0 ? new long[expected] : NO_IDS;
        this.segments = expected > 0 ? new String[expected] : NO_SEGMENTS;
        this.kinds = expected > 0 ? new byte[expected] : NO_KINDS;
    }

    /** Appends the next event, numbered {@link #nextSequence()}. */
    void add(SegmentEvent.Kind kind, String segment, long customerId) {
        if (size == customerIds.length) {
            int grown = Math.addExact(size, Math.max(size >>> 1, 4));
            customerIds = Arrays.copyOf(customerIds, grown);
            segments = Arrays.copyOf(segments, grown);
            kinds = Arrays.copyOf(kinds, grown);
        }
        customerIds[size] = customerId;
        segments[size] = segment;
        kinds[size] = kind == SegmentEvent.Kind.ENTERED ? ENTERED : EXITED;
        size++;
    }

    /**
     * Appends events {@code [from, to)} of the given arrays, in order: customer ids, segment names and kinds
     * ({@link #ENTERED} or {@link #EXITED}).
     */
    void addAll(long[] ids, String[] segmentNames, byte[] eventKinds, int from, int to) {
        int count = to - from;
        if (size + count > customerIds.length) {
            int grown = Math.max(Math.addExact(size, count), size + (size >>> 1));
            customerIds = Arrays.copyOf(customerIds, grown);
            segments = Arrays.copyOf(segments, grown);
            kinds = Arrays.copyOf(kinds, grown);
        }
        System.arraycopy(ids, from, customerIds, size, count);
        System.arraycopy(segmentNames, from, segments, size, count);
        System.arraycopy(eventKinds, from, kinds, size, count);
        size += count;
    }

    /** The number the next {@link #add}ed event gets. */
    long nextSequence() {
        return firstSequence + size;
    }

    @Override
    public SegmentEvent get(int index) {
        Objects.checkIndex(index, size);
        return new SegmentEvent(firstSequence + index,
                kinds[index] == ENTERED ? SegmentEvent.Kind.ENTERED : SegmentEvent.Kind.EXITED, segments[index],
                customerIds[index], asOf);
    }

    @Override
    public int size() {
        return size;
    }
}
