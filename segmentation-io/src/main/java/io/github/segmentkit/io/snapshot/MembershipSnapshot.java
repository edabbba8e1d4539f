package io.github.segmentkit.io.snapshot;

import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.io.membership.MembershipRows;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PrimitiveIterator;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * The memberships of one run held as sets of customer ids, one compressed bitmap per segment plus the run's whole
 * population, for comparing runs exactly ({@link SnapshotDiff}, {@link MigrationMatrix}).
 *
 * <p>The population is every customer the run knows: from a {@link SegmentationResult}, all its customers (the
 * unsegmented included); from memberships read back ({@link SnapshotReader}), every customer with a row, the
 * unsegmented among them only when they were written with a label. Ids are 64-bit and may be negative; they are
 * held in {@code Roaring64Bitmap}s, whose adaptive radix tree keeps sparse CRM ids (often large or hashed) compact.
 *
 * <pre>{@code
 * MembershipSnapshot march = MembershipSnapshot.of(marchResult);
 * long champions = march.count("champions");
 * long[] nowhere = march.unsegmentedIds();   // ascending
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MembershipSnapshot {
    private final String source;
    private final Roaring64Bitmap population;
    private final Map<String, Roaring64Bitmap> segments;

    /** Takes ownership of the bitmaps: callers must not modify them afterwards. */
    MembershipSnapshot(String source, Roaring64Bitmap population, Map<String, Roaring64Bitmap> segments) {
        this.source = source;
        this.population = population;
        this.segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    }

    /**
     * The memberships of {@code result}; its population is all its customers.
     *
     * @throws io.github.segmentkit.api.InvalidCustomerDataException naming the id and both rows when two customers
     *                                                                share an id
     */
    public static MembershipSnapshot of(SegmentationResult result) {
        MembershipRows.of(Objects.requireNonNull(result, "result"));   // the same unique-id check as the writers
        Roaring64Bitmap population = new Roaring64Bitmap();
        for (int row = 0; row < result.customerCount(); row++) {
            population.addLong(result.customerId(row));
        }
        Map<String, Roaring64Bitmap> segments = new LinkedHashMap<>();
        for (String segment : result.segmentNames()) {
            Roaring64Bitmap members = new Roaring64Bitmap();
            PrimitiveIterator.OfInt rows = result.memberRows(segment);
            while (rows.hasNext()) {
                members.addLong(result.customerId(rows.nextInt()));
            }
            segments.put(segment, members);
        }
        return new MembershipSnapshot("a segmentation result of " + result.customerCount() + " customers",
                population, segments);
    }

    /** Where the memberships came from (a result, a file, a table), for messages. */
    public String source() {
        return source;
    }

    /** The segments, in the run's order (declaration order, or first appearance in a file or table). */
    public List<String> segmentNames() {
        return List.copyOf(segments.keySet());
    }

    /** How many customers the run knows (see the class comment). */
    public long customerCount() {
        return population.getLongCardinality();
    }

    /** Whether the run knows customer {@code customerId}. */
    public boolean contains(long customerId) {
        return population.contains(customerId);
    }

    /**
     * How many customers belong to {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment and the run's segments when it is not one of them
     */
    public long count(String segment) {
        return members(segment).getLongCardinality();
    }

    /**
     * The members of {@code segment}, ascending.
     *
     * @throws IllegalArgumentException naming the segment and the run's segments when it is not one of them
     */
    public long[] memberIds(String segment) {
        return SortedIds.of(members(segment));
    }

    /**
     * Whether customer {@code customerId} belongs to {@code segment}.
     *
     * @throws IllegalArgumentException naming the segment and the run's segments when it is not one of them
     */
    public boolean isMember(String segment, long customerId) {
        return members(segment).contains(customerId);
    }

    /** How many customers of the run belong to no segment. */
    public long unsegmentedCount() {
        return unsegmented().getLongCardinality();
    }

    /** The customers of the run in no segment, ascending. */
    public long[] unsegmentedIds() {
        return SortedIds.of(unsegmented());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("MembershipSnapshot[").append(source).append(": ")
                .append(customerCount()).append(" customers");
        segments.forEach((name, members) -> text.append(", ").append(name).append('=')
                .append(members.getLongCardinality()));
        return text.append(", unsegmented=").append(unsegmentedCount()).append(']').toString();
    }

    /** The run's population; not to be modified. */
    Roaring64Bitmap population() {
        return population;
    }

    /** The bitmap of {@code segment}, or an empty one when the run does not have it; not to be modified. */
    Roaring64Bitmap membersOrEmpty(String segment) {
        Roaring64Bitmap members = segments.get(segment);
        return members == null ? new Roaring64Bitmap() : members;
    }

    /** The customers of the population in no segment, as a new bitmap. */
    Roaring64Bitmap unsegmented() {
        Roaring64Bitmap nowhere = population.clone();
        for (Roaring64Bitmap members : segments.values()) {
            nowhere.andNot(members);
        }
        return nowhere;
    }

    private Roaring64Bitmap members(String segment) {
        Roaring64Bitmap members = segments.get(Objects.requireNonNull(segment, "segment"));
        if (members == null) {
            throw new IllegalArgumentException("segment '" + segment + "' is not in " + source + "; it has "
                    + segments.keySet());
        }
        return members;
    }
}
