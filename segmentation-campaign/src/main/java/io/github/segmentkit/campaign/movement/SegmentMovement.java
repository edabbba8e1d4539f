package io.github.segmentkit.campaign.movement;

import io.github.segmentkit.io.snapshot.MembershipSnapshot;
import io.github.segmentkit.io.snapshot.MigrationMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Where customers moved between two runs of an exclusive segmentation, as plain counts with row shares, ready for a
 * report: the figures of segmentation-io's {@link MigrationMatrix} (rows the earlier run's segments, columns the
 * later run's, each followed by {@value MigrationMatrix#UNSEGMENTED} and {@value MigrationMatrix#ABSENT}) without
 * its bitmaps of ids.
 *
 * <pre>{@code
 * SegmentMovement movement = SegmentMovement.between(MembershipSnapshot.of(march), MembershipSnapshot.of(april));
 * long slipped = movement.count("champions", "at-risk");
 * double share = movement.rowShare("champions", "at-risk").orElse(0);   // of March's champions
 * }</pre>
 *
 * @param from   the rows: the earlier run's categories
 * @param to     the columns: the later run's categories
 * @param counts {@code counts.get(row).get(column)}, customers who went from {@code from.get(row)} to
 *               {@code to.get(column)}
 */
public record SegmentMovement(List<String> from, List<String> to, List<List<Long>> counts) {
    public SegmentMovement {
        from = List.copyOf(Objects.requireNonNull(from, "from"));
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        List<List<Long>> rows = new ArrayList<>();
        for (List<Long> row : Objects.requireNonNull(counts, "counts")) {
            if (row.size() != to.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " counts for " + to.size()
                        + " columns");
            }
            rows.add(List.copyOf(row));
        }
        if (rows.size() != from.size()) {
            throw new IllegalArgumentException(rows.size() + " rows of counts for " + from.size() + " row names");
        }
        counts = List.copyOf(rows);
    }

    /** The counts of {@code matrix}. */
    public static SegmentMovement of(MigrationMatrix matrix) {
        Objects.requireNonNull(matrix, "matrix");
        List<List<Long>> counts = new ArrayList<>();
        for (long[] row : matrix.counts()) {
            List<Long> cells = new ArrayList<>();
            for (long cell : row) {
                cells.add(cell);
            }
            counts.add(cells);
        }
        return new SegmentMovement(matrix.fromCategories(), matrix.toCategories(), counts);
    }

    /**
     * The movement from the earlier run {@code before} to the later run {@code after}.
     *
     * @throws io.github.segmentkit.io.snapshot.NotExclusiveException when a run puts a customer in two segments
     */
    public static SegmentMovement between(MembershipSnapshot before, MembershipSnapshot after) {
        return of(MigrationMatrix.between(before, after));
    }

    /**
     * How many customers went from {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException naming the category and the known ones when one is not a row or column
     */
    public long count(String from, String to) {
        return counts.get(index(this.from, from, "row")).get(index(this.to, to, "column"));
    }

    /** The customers in {@code from} in the earlier run: the sum of its row. */
    public long rowTotal(String from) {
        return counts.get(index(this.from, from, "row")).stream().mapToLong(Long::longValue).sum();
    }

    /** The share of {@code from}'s customers who went to {@code to}; empty when {@code from} had none. */
    public OptionalDouble rowShare(String from, String to) {
        long total = rowTotal(from);
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(from, to) / total);
    }

    private static int index(List<String> categories, String name, String kind) {
        int index = categories.indexOf(Objects.requireNonNull(name, kind));
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a " + kind + " of the movement; its " + kind
                    + "s are " + categories);
        }
        return index;
    }
}
