package io.github.segmentkit.live;

import java.util.Arrays;

/**
 * The memberships a re-segmentation changed, collected segment by segment and handed out customer by customer: each
 * change is one {@code long}, the slot in the high half and the segment in the low half, so that sorting them puts a
 * customer's changes together, in segment order. Reused from one re-segmentation to the next.
 *
 * <p>Not thread-safe: the live segmentation's writer lock guards it.
 */
final class MembershipChanges {
    private long[] codes = new long[64];
    private int count;

    void clear() {
        count = 0;
    }

    void add(int slot, int segment) {
        if (count == codes.length) {
            codes = Arrays.copyOf(codes, Math.addExact(count, count >>> 1));
        }
        codes[count++] = ((long) slot << 32) | segment;
    }

    /** Sorts the changes by slot, then by segment. */
    void sort() {
        Arrays.sort(codes, 0, count);
    }

    int count() {
        return count;
    }

    int slot(int i) {
        return (int) (codes[i] >>> 32);
    }

    int segment(int i) {
        return (int) codes[i];
    }
}
