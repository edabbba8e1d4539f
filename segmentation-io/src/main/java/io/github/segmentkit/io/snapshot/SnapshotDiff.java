package io.github.segmentkit.io.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * The comparison of two runs, segment by segment: who entered and who exited each segment, exactly (set differences
 * of the runs' bitmaps), and which customers joined or left the population between the runs. Segments need not be
 * exclusive; for exclusive segmentations {@link MigrationMatrix} says where each customer went.
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiff.between(MembershipSnapshot.of(march), MembershipSnapshot.of(april));
 * for (SegmentChange change : diff.changes()) {
 *     log.info("{}", change);   // "champions: 120 -> 131 (+17, -6)"
 * }
 * long[] newCustomers = diff.joinedIds();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SnapshotDiff {
    private final MembershipSnapshot before;
    private final MembershipSnapshot after;
    private final Map<String, SegmentChange> changes;

    private SnapshotDiff(MembershipSnapshot before, MembershipSnapshot after, Map<String, SegmentChange> changes) {
        this.before = before;
        this.after = after;
        this.changes = changes;
    }

    /** Compares the earlier run {@code before} with the later run {@code after}. */
    public static SnapshotDiff between(MembershipSnapshot before, MembershipSnapshot after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Set<String> segments = new LinkedHashSet<>(before.segmentNames());
        segments.addAll(after.segmentNames());
        Map<String, SegmentChange> changes = new LinkedHashMap<>();
        for (String segment : segments) {
            changes.put(segment, new SegmentChange(segment, before.membersOrEmpty(segment),
                    after.membersOrEmpty(segment)));
        }
        return new SnapshotDiff(before, after, changes);
    }

    /** Every segment of either run: the earlier run's in its order, then those only the later run has. */
    public List<String> segmentNames() {
        return List.copyOf(changes.keySet());
    }

    /** The change of every segment, in {@link #segmentNames()} order. */
    public List<SegmentChange> changes() {
        return new ArrayList<>(changes.values());
    }

    /**
     * The change of {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment and the known ones when neither run has it
     */
    public SegmentChange change(String segment) {
        SegmentChange change = changes.get(Objects.requireNonNull(segment, "segment"));
        if (change == null) {
            throw new IllegalArgumentException("segment '" + segment + "' is in neither run; they have "
                    + changes.keySet());
        }
        return change;
    }

    /** The customers the later run knows and the earlier one does not, ascending. */
    public long[] joinedIds() {
        return SortedIds.of(Roaring64Bitmap.andNot(after.population(), before.population()));
    }

    /** The customers the earlier run knows and the later one does not, ascending. */
    public long[] leftIds() {
        return SortedIds.of(Roaring64Bitmap.andNot(before.population(), after.population()));
    }

    @Override
    public String toString() {
        return "SnapshotDiff[" + before.source() + " -> " + after.source() + ": " + changes.values() + "]";
    }
}
