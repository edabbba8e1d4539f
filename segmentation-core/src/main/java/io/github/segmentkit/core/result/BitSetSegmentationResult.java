package io.github.segmentkit.core.result;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;

/**
 * A {@link SegmentationResult} holding one {@link BitSet} of member rows per segment and the customer ids by row.
 * Immutable; the id-to-row index behind {@link #segmentsOf(long)} is built on first use.
 */
public final class BitSetSegmentationResult implements SegmentationResult {
    private final long[] ids;
    private final List<String> names;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final BitSet[] members;
    private final BitSet anySegment = new BitSet();
    private volatile Map<Long, Integer> rowsById;

    /**
     * @param ids     the customer id of each row; the array is owned by the result from now on
     * @param names   the segment names, in declaration order
     * @param members the member rows of each segment, same order; owned by the result from now on
     */
    public BitSetSegmentationResult(long[] ids, List<String> names, BitSet[] members) {
        if (names.size() != members.length) {
            throw new IllegalArgumentException(names.size() + " names for " + members.length + " member sets");
        }
        this.ids = ids;
        this.names = List.copyOf(names);
        this.members = members;
        for (int i = 0; i < members.length; i++) {
            indexes.put(names.get(i), i);
            anySegment.or(members[i]);
        }
    }

    @Override
    public int customerCount() {
        return ids.length;
    }

    @Override
    public List<String> segmentNames() {
        return names;
    }

    private BitSet membersOf(String segment) {
        Integer index = indexes.get(segment);
        if (index == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments are " + names);
        }
        return members[index];
    }

    @Override
    public int count(String segment) {
        return membersOf(segment).cardinality();
    }

    @Override
    public long[] memberIds(String segment) {
        return idsOf(membersOf(segment));
    }

    private long[] idsOf(BitSet rows) {
        return rows.stream().mapToLong(row -> ids[row]).toArray();
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        return membersOf(segment).stream().iterator();
    }

    @Override
    public boolean isMember(String segment, int row) {
        checkRow(row);
        return membersOf(segment).get(row);
    }

    @Override
    public long customerId(int row) {
        checkRow(row);
        return ids[row];
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        checkRow(row);
        Set<String> segments = new LinkedHashSet<>();
        for (int i = 0; i < members.length; i++) {
            if (members[i].get(row)) {
                segments.add(names.get(i));
            }
        }
        return Collections.unmodifiableSet(segments);
    }

    @Override
    public Set<String> segmentsOf(long customerId) {
        Integer row = rowsById().get(customerId);
        if (row == null) {
            throw new IllegalArgumentException("no customer has id " + customerId);
        }
        if (row < 0) {
            throw new IllegalArgumentException("several customers have id " + customerId + "; use segmentsOfRow");
        }
        return segmentsOfRow(row);
    }

    private Map<Long, Integer> rowsById() {
        Map<Long, Integer> index = rowsById;
        if (index == null) {
            index = new HashMap<>(ids.length * 2);
            for (int row = 0; row < ids.length; row++) {
                // -1 marks an id shared by several rows
                index.merge(ids[row], row, (a, b) -> -1);
            }
            rowsById = index;
        }
        return index;
    }

    @Override
    public int unsegmentedCount() {
        return ids.length - anySegment.cardinality();
    }

    @Override
    public long[] unsegmentedIds() {
        BitSet none = new BitSet(ids.length);
        none.set(0, ids.length);
        none.andNot(anySegment);
        return idsOf(none);
    }

    private void checkRow(int row) {
        if (row < 0 || row >= ids.length) {
            throw new IndexOutOfBoundsException("row " + row + " is outside [0, " + ids.length + ")");
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SegmentationResult[").append(ids.length).append(" customers");
        for (int i = 0; i < members.length; i++) {
            text.append(", ").append(names.get(i)).append('=').append(members[i].cardinality());
        }
        return text.append(", unsegmented=").append(unsegmentedCount()).append(']').toString();
    }
}
