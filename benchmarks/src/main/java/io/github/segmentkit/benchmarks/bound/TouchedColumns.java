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
 * The columns the 20 segments touch (all 19 attributes), as plain primitive arrays in natural widths: whole numbers
 * and epoch days as {@code int}, seconds, doubles (raw bits) and the tag mask as {@code long}, categoricals and
 * booleans as {@code byte} codes. Missing values become sentinels; the arrays exist only to be read, so their
 * meaning does not matter, only their bytes.
 *
 * <pre>{@code
 * TouchedColumns columns = TouchedColumns.of(customers);
 * long checksum = columns.sum(0, columns.rows());
 * }</pre>
 *
 * <p>Immutable after construction; {@link #sum} may run on several threads over disjoint ranges.
 */
public final class TouchedColumns {
    private final int rows;
    private final List<int[]> ints = new ArrayList<>();
    private final List<long[]> longs = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();

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
        columns.longs(customers, c -> c.lastLogin() == null ? Long.MIN_VALUE : c.lastLogin().getEpochSecond());
        columns.longs(customers, c -> Double.doubleToRawLongBits(c.income()));
        columns.longs(customers, c -> Double.doubleToRawLongBits(c.churnScore()));
        columns.longs(customers, c -> Double.doubleToRawLongBits(c.totalSpend()));
        columns.longs(customers, c -> Double.doubleToRawLongBits(c.homeLat()));
        columns.longs(customers, c -> Double.doubleToRawLongBits(c.homeLon()));
        columns.longs(customers, c -> c.interests() == null ? -1 : TagMask.of(c.interests()));
        for (Function<BenchCustomer, Object> categorical : List.<Function<BenchCustomer, Object>>of(
                BenchCustomer::country, BenchCustomer::channel, BenchCustomer::loyaltyTier, BenchCustomer::device,
                BenchCustomer::language, BenchCustomer::newsletter, BenchCustomer::premium)) {
            columns.codes(customers, categorical);
        }
        return columns;
    }

    private void ints(List<BenchCustomer> customers, Function<BenchCustomer, Integer> value) {
        int[] column = new int[rows];
        for (int row = 0; row < rows; row++) {
            Integer v = value.apply(customers.get(row));
            column[row] = v == null ? Integer.MIN_VALUE : v;
        }
        ints.add(column);
    }

    private void longs(List<BenchCustomer> customers, ToLongFunction<BenchCustomer> value) {
        long[] column = new long[rows];
        for (int row = 0; row < rows; row++) {
            column[row] = value.applyAsLong(customers.get(row));
        }
        longs.add(column);
    }

    /** Dictionary codes in order of first appearance; 0 is missing. */
    private void codes(List<BenchCustomer> customers, Function<BenchCustomer, Object> value) {
        Map<Object, Byte> dictionary = new HashMap<>();
        byte[] column = new byte[rows];
        for (int row = 0; row < rows; row++) {
            Object v = value.apply(customers.get(row));
            column[row] = v == null ? 0 : dictionary.computeIfAbsent(v, k -> (byte) (dictionary.size() + 1));
        }
        bytes.add(column);
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of columns. */
    public int columnCount() {
        return ints.size() + longs.size() + bytes.size();
    }

    /** Bytes per row over all columns. */
    public int bytesPerRow() {
        return ints.size() * Integer.BYTES + longs.size() * Long.BYTES + bytes.size();
    }

    /** The sum of every column's values in rows {@code [from, to)}: one sequential read of each column's range. */
    public long sum(int from, int to) {
        long sum = 0;
        for (int[] column : ints) {
            for (int row = from; row < to; row++) {
                sum += column[row];
            }
        }
        for (long[] column : longs) {
            for (int row = from; row < to; row++) {
                sum += column[row];
            }
        }
        for (byte[] column : bytes) {
            for (int row = from; row < to; row++) {
                sum += column[row];
            }
        }
        return sum;
    }
}
