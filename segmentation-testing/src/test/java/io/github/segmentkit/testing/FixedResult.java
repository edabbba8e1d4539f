package io.github.segmentkit.testing;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * A segmentation result written out by hand (ids by row, member rows by segment), so that the assertions can be
 * tested on results that are right and on results that are wrong in a known way, without an engine.
 */
final class FixedResult implements SegmentationResult {
    private final List<Long> ids;
    private final Map<String, TreeSet<Integer>> members = new LinkedHashMap<>();

    private FixedResult(List<Long> ids) {
        this.ids = List.copyOf(ids);
    }

    /** A result of the customers with these ids, in row order, in no segment yet. */
    static FixedResult ofIds(Long... ids) {
        return new FixedResult(List.of(ids));
    }

    /** Adds a segment whose members are the customers at these rows (0-based). */
    FixedResult with(String segment, Integer... rows) {
        members.put(segment, new TreeSet<>(List.of(rows)));
        return this;
    }

    @Override
    public int customerCount() {
        return ids.size();
    }

    @Override
    public List<String> segmentNames() {
        return List.copyOf(members.keySet());
    }

    @Override
    public int count(String segment) {
        return rows(segment).size();
    }

    @Override
    public long[] memberIds(String segment) {
        return rows(segment).stream().mapToLong(ids::get).toArray();
    }

    @Override
    public PrimitiveIterator.OfInt memberRows(String segment) {
        return rows(segment).stream().mapToInt(Integer::intValue).iterator();
    }

    @Override
    public boolean isMemberByRow(String segment, int row) {
        return rows(segment).contains(row);
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        return isMemberByRow(segment, ids.indexOf(customerId));
    }

    @Override
    public long customerId(int row) {
        return ids.get(row);
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        Set<String> segments = new LinkedHashSet<>();
        members.forEach((segment, rows) -> {
            if (rows.contains(row)) {
                segments.add(segment);
            }
        });
        return segments;
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        return segmentsOfRow(ids.indexOf(customerId));
    }

    @Override
    public int unsegmentedCount() {
        return unsegmentedIds().length;
    }

    @Override
    public long[] unsegmentedIds() {
        List<Long> none = new ArrayList<>();
        for (int row = 0; row < ids.size(); row++) {
            if (segmentsOfRow(row).isEmpty()) {
                none.add(ids.get(row));
            }
        }
        return none.stream().mapToLong(Long::longValue).toArray();
    }

    private TreeSet<Integer> rows(String segment) {
        TreeSet<Integer> rows = members.get(segment);
        if (rows == null) {
            throw new IllegalArgumentException("no segment named '" + segment + "'");
        }
        return rows;
    }
}
