package io.github.segmentkit.spark;

import io.github.segmentkit.api.result.SegmentationResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.stream.IntStream;

/** A {@link SegmentationResult} over rows of flags collected from {@link SparkSegmenter#flags}, in row order. */
final class FlagsResult implements SegmentationResult {
    private final long[] ids;
    private final List<String> names;
    private final boolean[][] flags;

    FlagsResult(long[] ids, List<String> names, boolean[][] flags) {
        this.ids = ids;
        this.names = List.copyOf(names);
        this.flags = flags;
    }

    private int segment(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no segment named '" + name + "'");
        }
        return index;
    }

    private IntStream rows(String segment) {
        int s = segment(segment);
        return IntStream.range(0, ids.length).filter(row -> flags[row][s]);
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
        return flags[row][segment(segment)];
    }

    @Override
    public boolean isMemberById(String segment, long customerId) {
        return rows(segment).anyMatch(row -> ids[row] == customerId);
    }

    @Override
    public long customerId(int row) {
        return ids[row];
    }

    @Override
    public Set<String> segmentsOfRow(int row) {
        Set<String> held = new LinkedHashSet<>();
        for (int s = 0; s < names.size(); s++) {
            if (flags[row][s]) {
                held.add(names.get(s));
            }
        }
        return held;
    }

    @Override
    public Set<String> segmentsOfId(long customerId) {
        Set<String> held = new LinkedHashSet<>();
        for (int row = 0; row < ids.length; row++) {
            if (ids[row] == customerId) {
                held.addAll(segmentsOfRow(row));
            }
        }
        return held;
    }

    @Override
    public int unsegmentedCount() {
        return unsegmentedIds().length;
    }

    @Override
    public long[] unsegmentedIds() {
        List<Long> none = new ArrayList<>();
        for (int row = 0; row < ids.length; row++) {
            if (segmentsOfRow(row).isEmpty()) {
                none.add(ids[row]);
            }
        }
        return none.stream().mapToLong(Long::longValue).toArray();
    }
}
