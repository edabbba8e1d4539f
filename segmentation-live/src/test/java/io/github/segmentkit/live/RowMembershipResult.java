package io.github.segmentkit.live;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.stream.IntStream;

/** A segmentation result made of each row's segments, for running the conformance suite on live segmentations. */
final class RowMembershipResult implements SegmentationResult {
    private final long[] ids;
    private final List<String> names;
    private final List<Set<String>> segmentsByRow;

    RowMembershipResult(long[] ids, List<String> names, List<Set<String>> segmentsByRow) {
        this.ids = ids;
        this.names = names;
        this.segmentsByRow = segmentsByRow;
    }

    @Override
    public int customerCount() {
        return ids.length;
    }

    @Override
    public List<String> segmentNames() {
        return names;
    }

    @Override
    public int count(String segment) {
        return (int) rows(segment).count();
    }

    @Override
    public long[] memberIds(String segment) {
        return rows(segment).mapToLong(row -> ids[row]).toArray();
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        return rows(segment).iterator();
    }

    @Override
    public boolean isMemberByRow(String segment, int row) {
        return segmentsByRow.get(row).contains(segment);
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        return segmentsOfId(customerId).contains(segment);
    }

    @Override
    public long customerId(int row) {
        return ids[row];
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        return segmentsByRow.get(row);
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        int[] rows = IntStream.range(0, ids.length).filter(row -> ids[row] == customerId).toArray();
        if (rows.length != 1) {
            throw new IllegalArgumentException("id " + customerId + " names " + rows.length + " rows");
        }
        return segmentsByRow.get(rows[0]);
    }

    @Override
    public int unsegmentedCount() {
        return unsegmentedIds().length;
    }

    @Override
    public long[] unsegmentedIds() {
        return IntStream.range(0, ids.length).filter(row -> segmentsByRow.get(row).isEmpty())
                .mapToLong(row -> ids[row]).toArray();
    }

    private IntStream rows(String segment) {
        if (!names.contains(segment)) {
            throw new IllegalArgumentException("no segment " + segment);
        }
        return IntStream.range(0, ids.length).filter(row -> segmentsByRow.get(row).contains(segment));
    }
}
