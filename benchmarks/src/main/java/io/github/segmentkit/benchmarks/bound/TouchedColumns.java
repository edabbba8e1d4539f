package io.github.segmentkit.benchmarks.bound;

import io.github.segmentkit.benchmarks.peers.duckdb.TagMask;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The columns the 20 segments touch (all 19 attributes, home as two), in natural widths: whole numbers and epoch
 * days 4 bytes, seconds, doubles and the tag mask 8 bytes, categorical and boolean codes 1 byte. Each column is
 * packed little-endian into a {@code long[]} of words, so that reading it is one pass over 64-bit words (which the
 * JIT vectorises) rather than a per-element widening: the bound measures bytes, not element count. Missing values
 * become sentinels; the words exist only to be read.
 *
 * <pre>{@code
 * TouchedColumns columns = TouchedColumns.of(customers);
 * long checksum = columns.sum(0, columns.rows());
 * }</pre>
 *
 * <p>Immutable after construction; {@link #sum} may run on several threads over disjoint ranges.
 */
public final class TouchedColumns {
    /** Row ranges handed to {@link #sum} start at multiples of this, so that they start on a word boundary. */
    public static final int ROW_ALIGNMENT = Long.BYTES;

    private final int rows;
    private final List<long[]> words = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();

    private TouchedColumns(int rows) {
        this.rows = rows;
    }

    /** The columns of {@code customers}. */
    public static TouchedColumns of(List<BenchCustomer> customers) {
        TouchedColumns columns = new TouchedColumns(customers.size());
        columns.ints(customers, BenchCustomer::age);
        columns.ints(customers, BenchCustomer::orders);
        columns.ints(customers, BenchCustomer::household);
        columns.ints(customers, BenchCustomer::emailOpens);
        columns.ints(customers, c -> c.lastOrder() == null ? null : (int) c.lastOrder().toEpochDay());
        columns.ints(customers, c -> c.signup() == null ? null : (int) c.signup().toEpochDay());
        columns.pack(customers, Long.BYTES,
                c -> c.lastLogin() == null ? Long.MIN_VALUE : c.lastLogin().getEpochSecond());
        columns.pack(customers, Long.BYTES, c -> Double.doubleToRawLongBits(c.income()));
        columns.pack(customers, Long.BYTES, c -> Double.doubleToRawLongBits(c.churnScore()));
        columns.pack(customers, Long.BYTES, c -> Double.doubleToRawLongBits(c.totalSpend()));
        columns.pack(customers, Long.BYTES, c -> Double.doubleToRawLongBits(c.homeLat()));
        columns.pack(customers, Long.BYTES, c -> Double.doubleToRawLongBits(c.homeLon()));
        columns.pack(customers, Long.BYTES, c -> c.interests() == null ? -1 : TagMask.of(c.interests()));
        for (Function<BenchCustomer, Object> categorical : List.<Function<BenchCustomer, Object>>of(
                BenchCustomer::country, BenchCustomer::channel, BenchCustomer::loyaltyTier, BenchCustomer::device,
                BenchCustomer::language, BenchCustomer::newsletter, BenchCustomer::premium)) {
            columns.codes(customers, categorical);
        }
        return columns;
    }

    private void ints(List<BenchCustomer> customers, Function<BenchCustomer, Integer> value) {
        pack(customers, Integer.BYTES, c -> {
            Integer v = value.apply(c);
            return v == null ? Integer.MIN_VALUE : v;
        });
    }

    /** Dictionary codes in order of first appearance; 0 is missing. */
    private void codes(List<BenchCustomer> customers, Function<BenchCustomer, Object> value) {
        Map<Object, Integer> dictionary = new HashMap<>();
        pack(customers, 1, c -> {
            Object v = value.apply(c);
            return v == null ? 0 : dictionary.computeIfAbsent(v, k -> dictionary.size() + 1);
        });
    }

    /** Packs the low {@code width} bytes of each value, little-endian, {@code 8 / width} values per word. */
    private void pack(List<BenchCustomer> customers, int width, ToLongFunction<BenchCustomer> value) {
        long[] column = new long[(int) (((long) rows * width + Long.BYTES - 1) / Long.BYTES)];
        long mask = width == Long.BYTES ? -1L : (1L << (8 * width)) - 1;
        int perWord = Long.BYTES / width;
        for (int row = 0; row < rows; row++) {
            long bits = value.applyAsLong(customers.get(row)) & mask;
            column[row / perWord] |= bits << (8 * width * (row % perWord));
        }
        words.add(column);
        widths.add(width);
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of columns. */
    public int columnCount() {
        return words.size();
    }

    /** Bytes per row over all columns. */
    public int bytesPerRow() {
        return widths.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The sum of the words holding rows {@code [from, to)} of every column: one sequential read of each column's
     * range.
     *
     * @param from a multiple of {@link #ROW_ALIGNMENT}
     * @param to   a multiple of {@link #ROW_ALIGNMENT}, or {@link #rows()}
     */
    public long sum(int from, int to) {
        if (from % ROW_ALIGNMENT != 0 || (to % ROW_ALIGNMENT != 0 && to != rows)) {
            throw new IllegalArgumentException("rows [" + from + ", " + to + ") do not start and end on words");
        }
        long sum = 0;
        for (int c = 0; c < words.size(); c++) {
            long[] column = words.get(c);
            int width = widths.get(c);
            int first = (int) ((long) from * width / Long.BYTES);
            int end = (int) (((long) to * width + Long.BYTES - 1) / Long.BYTES);
            for (int word = first; word < end; word++) {
                sum += column[word];
            }
        }
        return sum;
    }
}
