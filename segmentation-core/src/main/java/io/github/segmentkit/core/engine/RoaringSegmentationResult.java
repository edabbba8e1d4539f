package io.github.segmentkit.core.engine;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.Set;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.PeekableIntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * A {@link SegmentationResult} holding the member rows of each segment as a compressed {@link RoaringBitmap}, and
 * reading customer ids from the table segmented, so that no list of ids or of booleans is ever materialised.
 * Besides the interface it offers set algebra between segments.
 *
 * <pre>{@code
 * RoaringSegmentationResult result = segmenter.segment(table);
 * int both = result.intersectionCount("outdoor-young", "high-income");
 * RoaringBitmap rows = result.members("outdoor-young");   // a copy, free to modify
 * }</pre>
 *
 * <p>Immutable and thread-safe; the id index behind {@link #segmentsOfId(long)} and the union behind the
 * unsegmented queries are built on first use.
 */
public final class RoaringSegmentationResult implements SegmentationResult {
    private final CustomerTable<?> table;
    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final RoaringBitmap[] members;
    private volatile RoaringBitmap anySegment;
    private volatile IdIndex idIndex;

    /**
     * @param table   the table segmented, for the ids of rows
     * @param names   the segment names, in declaration order
     * @param members the member rows of each segment, same order; owned by the result from now on
     */
    RoaringSegmentationResult(CustomerTable<?> table, List<String> names, RoaringBitmap[] members) {
        if (names.size() != members.length) {
            throw new IllegalArgumentException(names.size() + " names for " + members.length + " member sets");
        }
        this.table = Objects.requireNonNull(table, "table");
        this.names = List.copyOf(names);
        this.members = members.clone();
        for (int i = 0; i < members.length; i++) {
            indexes.put(names.get(i), i);
        }
    }

    @Override
    public int customerCount() {
        return table.rowCount();
    }

    @Override
    public List<String> segmentNames() {
        return names;
    }

    private RoaringBitmap membersOf(String segment) {
        Integer index = indexes.get(segment);
        if (index == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments are " + names);
        }
        return members[index];
    }

    /** A copy of the member rows of {@code segment}. */
    public RoaringBitmap members(String segment) {
        return membersOf(segment).clone();
    }

    /** How many customers belong to both segments. */
    public int intersectionCount(String first, String second) {
        return RoaringBitmap.andCardinality(membersOf(first), membersOf(second));
    }

    /** The rows of the customers in every one of the segments (at least one). */
    public RoaringBitmap intersection(String first, String... more) {
        RoaringBitmap rows = membersOf(first).clone();
        for (String segment : more) {
            rows.and(membersOf(segment));
        }
        return rows;
    }

    @Override
    public int count(String segment) {
        return membersOf(segment).getCardinality();
    }

    @Override
    public long[] memberIds(String segment) {
        return idsOf(membersOf(segment));
    }

    private long[] idsOf(RoaringBitmap rows) {
        long[] ids = new long[rows.getCardinality()];
        PeekableIntIterator iterator = rows.getIntIterator();
        for (int i = 0; iterator.hasNext(); i++) {
            ids[i] = table.customerId(iterator.next());
        }
        return ids;
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        PeekableIntIterator rows = membersOf(segment).getIntIterator();
        return new PrimitiveIterator.OfInt() {
            @Override
            public int nextInt() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.next();
            }

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }
        };
    }

    @Override
    public boolean isMemberByRow(String segment, int row) {
        checkRow(row);
        return membersOf(segment).contains(row);
    }

    @Override
    public long customerId(int row) {
        checkRow(row);
        return table.customerId(row);
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        checkRow(row);
        Set<String> segments = new LinkedHashSet<>();
        for (int i = 0; i < members.length; i++) {
            if (members[i].contains(row)) {
                segments.add(names.get(i));
            }
        }
        return Collections.unmodifiableSet(segments);
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        return membersOf(segment).contains(rowOfId(customerId, "isMemberByRow"));
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        return segmentsOfRow(rowOfId(customerId, "segmentsOfRow"));
    }

    private int rowOfId(long customerId, String rowVariant) {
        IdIndex index = idIndex;
        if (index == null) {
            index = new IdIndex(table.columns());
            idIndex = index;
        }
        int row = index.rowOf(customerId);
        if (row == IdIndex.SHARED) {
            throw new IllegalArgumentException("several customers have id " + customerId + "; use " + rowVariant);
        }
        if (row < 0) {
            throw new IllegalArgumentException("no customer has id " + customerId);
        }
        return row;
    }

    private RoaringBitmap anySegment() {
        RoaringBitmap any = anySegment;
        if (any == null) {
            any = members.length == 0 ? new RoaringBitmap() : FastAggregation.or(members);
            anySegment = any;
        }
        return any;
    }

    @Override
    public int unsegmentedCount() {
        return table.rowCount() - anySegment().getCardinality();
    }

    @Override
    public long[] unsegmentedIds() {
        RoaringBitmap none = RoaringBitmap.bitmapOfRange(0, table.rowCount());
        none.andNot(anySegment());
        return idsOf(none);
    }

    private void checkRow(int row) {
        if (row < 0 || row >= table.rowCount()) {
            throw new IndexOutOfBoundsException("row " + row + " is outside [0, " + table.rowCount() + ")");
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SegmentationResult[").append(table.rowCount()).append(" customers");
        for (int i = 0; i < members.length; i++) {
            text.append(", ").append(names.get(i)).append('=').append(members[i].getCardinality());
        }
        return text.append(", unsegmented=").append(unsegmentedCount()).append(']').toString();
    }
}
