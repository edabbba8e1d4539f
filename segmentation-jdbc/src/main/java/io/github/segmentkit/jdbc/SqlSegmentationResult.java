package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.result.SegmentationResult;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;

/**
 * The memberships the database computed: a {@link SegmentationResult} whose rows are the table's rows in the order
 * of {@link SqlTable#orderColumn()}, with the as-of moment they were evaluated at.
 *
 * <pre>{@code
 * SqlSegmentationResult result = segmentation.memberships(segments, asOf);
 * long[] adults = result.memberIds("adults");
 * LocalDate evaluatedAt = result.asOf().date();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SqlSegmentationResult implements SegmentationResult {
    private final AsOf asOf;
    private final long[] ids;
    private final Map<String, BitSet> members;
    private final BitSet segmented = new BitSet();
    private volatile Map<Long, Integer> rowsById;

    SqlSegmentationResult(AsOf asOf, long[] ids, Map<String, BitSet> members) {
        this.asOf = asOf;
        this.ids = ids;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        members.values().forEach(segmented::or);
    }

    /** The moment relative dates were evaluated at. */
    public AsOf asOf() {
        return asOf;
    }

    @Override
    public int customerCount() {
        return ids.length;
    }

    @Override
    public List<String> segmentNames() {
        return List.copyOf(members.keySet());
    }

    @Override
    public int count(String segment) {
        return membersOf(segment).cardinality();
    }

    @Override
    public long[] memberIds(String segment) {
        return membersOf(segment).stream().mapToLong(row -> ids[row]).toArray();
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        return membersOf(segment).stream().iterator();
    }

    @Override
    public boolean isMemberByRow(String segment, int row) {
        BitSet rows = membersOf(segment);
        return rows.get(checkRow(row));
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        BitSet rows = membersOf(segment);
        return rows.get(rowOf(customerId));
    }

    @Override
    public long customerId(int row) {
        return ids[checkRow(row)];
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        checkRow(row);
        Set<String> names = new LinkedHashSet<>();
        members.forEach((name, rows) -> {
            if (rows.get(row)) {
                names.add(name);
            }
        });
        return Collections.unmodifiableSet(names);
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        return segmentsOfRow(rowOf(customerId));
    }

    @Override
    public int unsegmentedCount() {
        return ids.length - segmented.cardinality();
    }

    @Override
    public long[] unsegmentedIds() {
        long[] unsegmented = new long[unsegmentedCount()];
        int next = 0;
        for (int row = segmented.nextClearBit(0); row < ids.length; row = segmented.nextClearBit(row + 1)) {
            unsegmented[next++] = ids[row];
        }
        return unsegmented;
    }

    private BitSet membersOf(String segment) {
        BitSet rows = members.get(segment);
        if (rows == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'; segments: " + members.keySet());
        }
        return rows;
    }

    private int checkRow(int row) {
        if (row < 0 || row >= ids.length) {
            throw new IndexOutOfBoundsException("row " + row + " is outside [0, " + ids.length + ")");
        }
        return row;
    }

    private int rowOf(long customerId) {
        Map<Long, Integer> index = rowsById;
        if (index == null) {
            index = new HashMap<>();
            for (int row = 0; row < ids.length; row++) {
                // -1 marks an id held by more than one row
                index.merge(ids[row], row, (first, second) -> -1);
            }
            rowsById = index;
        }
        Integer row = index.get(customerId);
        if (row == null) {
            throw new IllegalArgumentException("no customer has id " + customerId);
        }
        if (row < 0) {
            throw new IllegalArgumentException("more than one customer has id " + customerId);
        }
        return row;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SqlSegmentationResult[" + ids.length + " customers as of "
                + asOf.date());
        members.forEach((name, rows) -> text.append(", ").append(name).append('=').append(rows.cardinality()));
        return text.append(']').toString();
    }
}
