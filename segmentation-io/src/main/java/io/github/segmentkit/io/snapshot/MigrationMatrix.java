package io.github.segmentkit.io.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * Where the customers of one exclusive segmentation went in the next (RFM last month against this month): cell
 * {@code (from, to)} holds the customers in {@code from} in the earlier run and in {@code to} in the later one,
 * computed exactly as intersections of the runs' bitmaps.
 *
 * <p>Rows are the earlier run's segments, then {@value #UNSEGMENTED} (known to the run, in no segment) and
 * {@value #ABSENT} (not known to that run: customers who joined); columns are the later run's segments, then the same
 * two. Every customer of either run is in exactly one cell, so the totals are the populations: the rows other than
 * {@value #ABSENT} sum to the earlier run's customer count, the columns other than {@value #ABSENT} to the later
 * run's, and the cell ({@value #ABSENT}, {@value #ABSENT}) is always 0.
 *
 * <pre>{@code
 * MigrationMatrix moves = MigrationMatrix.between(marchRfm, aprilRfm);
 * long slipped = moves.count("champions", "at-risk");
 * long[] who = moves.ids("champions", "at-risk");
 * long lostChampions = moves.count("champions", MigrationMatrix.ABSENT);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MigrationMatrix {
    /** The row and column of customers a run knows but puts in no segment. */
    public static final String UNSEGMENTED = "(unsegmented)";
    /** The row (column) of customers the earlier (later) run does not know. */
    public static final String ABSENT = "(absent)";

    private final List<String> from;
    private final List<String> to;
    private final Roaring64Bitmap[][] cells;

    private MigrationMatrix(List<String> from, List<String> to, Roaring64Bitmap[][] cells) {
        this.from = from;
        this.to = to;
        this.cells = cells;
    }

    /**
     * The migrations from the earlier run {@code before} to the later run {@code after}.
     *
     * @throws NotExclusiveException    naming the run, a customer and two segments when a run puts a customer in
     *                                  two segments
     * @throws IllegalArgumentException when a segment is named {@value #UNSEGMENTED} or {@value #ABSENT}
     */
    public static MigrationMatrix between(MembershipSnapshot before, MembershipSnapshot after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        requireExclusive(before, "the earlier run");
        requireExclusive(after, "the later run");
        List<String> from = categories(before);
        List<String> to = categories(after);
        List<Roaring64Bitmap> fromSets = sets(before, after);
        List<Roaring64Bitmap> toSets = sets(after, before);
        Roaring64Bitmap[][] cells = new Roaring64Bitmap[from.size()][to.size()];
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < to.size(); j++) {
                cells[i][j] = Roaring64Bitmap.and(fromSets.get(i), toSets.get(j));
            }
        }
        return new MigrationMatrix(List.copyOf(from), List.copyOf(to), cells);
    }

    /** The rows: the earlier run's segments, then {@value #UNSEGMENTED} and {@value #ABSENT}. */
    public List<String> fromCategories() {
        return from;
    }

    /** The columns: the later run's segments, then {@value #UNSEGMENTED} and {@value #ABSENT}. */
    public List<String> toCategories() {
        return to;
    }

    /**
     * How many customers went from {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException naming the category and the known ones when one is not a row or column
     */
    public long count(String from, String to) {
        return cell(from, to).getLongCardinality();
    }

    /**
     * The customers who went from {@code from} to {@code to}, ascending.
     *
     * @throws IllegalArgumentException naming the category and the known ones when one is not a row or column
     */
    public long[] ids(String from, String to) {
        return SortedIds.of(cell(from, to));
    }

    /** Every count, {@code counts()[row][column]} in {@link #fromCategories()} × {@link #toCategories()} order. */
    public long[][] counts() {
        long[][] counts = new long[from.size()][to.size()];
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < to.size(); j++) {
                counts[i][j] = cells[i][j].getLongCardinality();
            }
        }
        return counts;
    }

    /** The customers in {@code from} in the earlier run: the sum of its row. */
    public long rowTotal(String from) {
        int i = index(this.from, from, "row");
        long total = 0;
        for (Roaring64Bitmap cell : cells[i]) {
            total += cell.getLongCardinality();
        }
        return total;
    }

    /** The customers in {@code to} in the later run: the sum of its column. */
    public long columnTotal(String to) {
        int j = index(this.to, to, "column");
        long total = 0;
        for (Roaring64Bitmap[] row : cells) {
            total += row[j].getLongCardinality();
        }
        return total;
    }

    /** The matrix as aligned text, one row per line, for logs and terminals. */
    @Override
    public String toString() {
        int width = 8;
        for (String name : from) {
            width = Math.max(width, name.length());
        }
        for (String name : to) {
            width = Math.max(width, name.length());
        }
        StringBuilder text = new StringBuilder(String.format("%-" + width + "s", "from\\to"));
        for (String column : to) {
            text.append(' ').append(String.format("%" + width + "s", column));
        }
        long[][] counts = counts();
        for (int i = 0; i < from.size(); i++) {
            text.append('\n').append(String.format("%-" + width + "s", from.get(i)));
            for (long count : counts[i]) {
                text.append(' ').append(String.format("%" + width + "d", count));
            }
        }
        return text.toString();
    }

    private Roaring64Bitmap cell(String from, String to) {
        return cells[index(this.from, from, "row")][index(this.to, to, "column")];
    }

    private static int index(List<String> categories, String name, String kind) {
        int index = categories.indexOf(Objects.requireNonNull(name, kind));
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a " + kind + " of the migration matrix; "
                    + "its " + kind + "s are " + categories);
        }
        return index;
    }

    private static List<String> categories(MembershipSnapshot run) {
        List<String> categories = new ArrayList<>(run.segmentNames());
        for (String reserved : List.of(UNSEGMENTED, ABSENT)) {
            if (categories.contains(reserved)) {
                throw new IllegalArgumentException(run.source() + " has a segment named '" + reserved
                        + "', the name of a migration matrix's own row and column; rename the segment");
            }
        }
        categories.add(UNSEGMENTED);
        categories.add(ABSENT);
        return categories;
    }

    /** The run's segments, its unsegmented customers, and the customers only the other run knows. */
    private static List<Roaring64Bitmap> sets(MembershipSnapshot run, MembershipSnapshot other) {
        List<Roaring64Bitmap> sets = new ArrayList<>();
        for (String segment : run.segmentNames()) {
            sets.add(run.membersOrEmpty(segment));
        }
        sets.add(run.unsegmented());
        sets.add(Roaring64Bitmap.andNot(other.population(), run.population()));
        return sets;
    }

    private static void requireExclusive(MembershipSnapshot run, String which) {
        List<String> segments = run.segmentNames();
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                Roaring64Bitmap first = run.membersOrEmpty(segments.get(i));
                Roaring64Bitmap second = run.membersOrEmpty(segments.get(j));
                if (Roaring64Bitmap.intersects(first, second)) {
                    long customer = SortedIds.of(Roaring64Bitmap.and(first, second))[0];
                    throw new NotExclusiveException(which + " (" + run.source() + ")", customer, segments.get(i),
                            segments.get(j));
                }
            }
        }
    }
}
