package io.github.segmentkit.io.runs;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A segmentation result written out by hand for tests: the customers' ids in input order and each one's segments,
 * with no engine involved, so that tests of writers and snapshots do not depend on what an engine computed.
 */
public final class ListedResult implements SegmentationResult {
    private final List<String> segments;
    private final long[] ids;
    private final List<Set<String>> segmentsOfRow;

    private ListedResult(List<String> segments, long[] ids, List<Set<String>> segmentsOfRow) {
        this.segments = List.copyOf(segments);
        this.ids = ids.clone();
        this.segmentsOfRow = List.copyOf(segmentsOfRow);
    }

    /** Starts a result with these segments, in declaration order. */
    public static Builder withSegments(String... segments) {
        return new Builder(List.of(segments));
    }

    /** Starts a result with these segments, in declaration order. */
    public static Builder withSegments(List<String> segments) {
        return new Builder(segments);
    }

    @Override
    public int customerCount() {
        return ids.length;
    }

    @Override
    public List<String> segmentNames() {
        return segments;
    }

    @Override
    public int count(String segment) {
        return (int) rowsOf(segment).count();
    }

    @Override
    public long[] memberIds(String segment) {
        return rowsOf(segment).mapToLong(row -> ids[row]).toArray();
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        return rowsOf(segment).iterator();
    }

    @Override
    public boolean isMemberByRow(String segment, int row) {
        check(segment);
        return segmentsOfRow.get(row).contains(segment);
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        return isMemberByRow(segment, rowOf(customerId));
    }

    @Override
    public long customerId(int row) {
        return ids[row];
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        return segmentsOfRow.get(row);
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        return segmentsOfRow(rowOf(customerId));
    }

    @Override
    public int unsegmentedCount() {
        return unsegmentedIds().length;
    }

    @Override
    public long[] unsegmentedIds() {
        return IntStream.range(0, ids.length).filter(row -> segmentsOfRow.get(row).isEmpty())
                .mapToLong(row -> ids[row]).toArray();
    }

    private IntStream rowsOf(String segment) {
        check(segment);
        return IntStream.range(0, ids.length).filter(row -> segmentsOfRow.get(row).contains(segment));
    }

    private void check(String segment) {
        if (!segments.contains(segment)) {
            throw new IllegalArgumentException("unknown segment " + segment);
        }
    }

    private int rowOf(long customerId) {
        int[] rows = IntStream.range(0, ids.length).filter(row -> ids[row] == customerId).toArray();
        if (rows.length != 1) {
            throw new IllegalArgumentException(rows.length + " customers have id " + customerId);
        }
        return rows[0];
    }

    /** Adds customers one by one. */
    public static final class Builder {
        private final List<String> segments;
        private final List<Long> ids = new ArrayList<>();
        private final List<Set<String>> segmentsOfRow = new ArrayList<>();

        private Builder(List<String> segments) {
            this.segments = segments;
        }

        /** The next customer of the input, in {@code segments} (none: unsegmented). */
        public Builder customer(long id, String... segments) {
            return customer(id, List.of(segments));
        }

        /** The next customer of the input, in {@code segments} (none: unsegmented). */
        public Builder customer(long id, List<String> segments) {
            for (String segment : segments) {
                if (!this.segments.contains(segment)) {
                    throw new IllegalArgumentException("unknown segment " + segment);
                }
            }
            ids.add(id);
            segmentsOfRow.add(new LinkedHashSet<>(segments));
            return this;
        }

        /** Customers by id with their segments, in map order. */
        public Builder customers(Map<Long, ? extends List<String>> customers) {
            new LinkedHashMap<>(customers).forEach(this::customer);
            return this;
        }

        public ListedResult build() {
            return new ListedResult(segments, ids.stream().mapToLong(Long::longValue).toArray(), segmentsOfRow);
        }
    }
}
