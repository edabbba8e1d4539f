package io.github.segmentkit.io.snapshot;

import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * How one segment changed between two runs: who entered it and who exited it. A segment only the later run has was
 * entered by all its members; a segment only the earlier run has was exited by all of its members.
 *
 * <pre>{@code
 * SegmentChange champions = diff.change("champions");
 * log.info("champions: {} in, {} out, {} stayed", champions.enteredCount(), champions.exitedCount(),
 *         champions.stayedCount());
 * }</pre>
 *
 * <p>Immutable and thread-safe. The id arrays are new copies, ascending.
 */
public final class SegmentChange {
    private final String segment;
    private final long countBefore;
    private final long countAfter;
    private final Roaring64Bitmap entered;
    private final Roaring64Bitmap exited;

    SegmentChange(String segment, Roaring64Bitmap before, Roaring64Bitmap after) {
        this.segment = segment;
        this.countBefore = before.getLongCardinality();
        this.countAfter = after.getLongCardinality();
        this.entered = Roaring64Bitmap.andNot(after, before);
        this.exited = Roaring64Bitmap.andNot(before, after);
    }

    /** The segment's name. */
    public String segment() {
        return segment;
    }

    /** Its members in the earlier run (0 when that run does not have it). */
    public long countBefore() {
        return countBefore;
    }

    /** Its members in the later run (0 when that run does not have it). */
    public long countAfter() {
        return countAfter;
    }

    /** How many members of the later run were not members in the earlier one (new customers included). */
    public long enteredCount() {
        return entered.getLongCardinality();
    }

    /** How many members of the earlier run are not members in the later one (customers gone included). */
    public long exitedCount() {
        return exited.getLongCardinality();
    }

    /** How many customers are members in both runs: {@code countBefore() - exitedCount()}. */
    public long stayedCount() {
        return countBefore - exitedCount();
    }

    /** The customers who entered, ascending. */
    public long[] enteredIds() {
        return SortedIds.of(entered);
    }

    /** The customers who exited, ascending. */
    public long[] exitedIds() {
        return SortedIds.of(exited);
    }

    @Override
    public String toString() {
        return segment + ": " + countBefore + " -> " + countAfter + " (+" + enteredCount() + ", -" + exitedCount()
                + ")";
    }
}
