package io.github.segmentkit.core.engine;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.column.ColumnTable;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A population read once into columns, to be segmented as often as needed with
 * {@link ColumnarSegmenter#segment(CustomerTable)}: every attribute of the schema is stored by column, in chunks of
 * a few thousand rows, in the narrowest encoding that holds the chunk (bit-sliced whole numbers, order-preserving
 * keys for doubles, dictionary codes for categories, one bitmap per tag), with a bitmap of missing values.
 *
 * <pre>{@code
 * CustomerTable<Customer> table = CustomerTable.of(schema, customers);   // reads every customer once
 * ColumnarSegmenter<Customer> engine = ColumnarSegmenter.of(segmenter);
 * SegmentationResult today = engine.segment(table);
 *
 * CustomerTable<Customer> tomorrow = table.withAppended(newCustomers);  // shares every full chunk of table
 * }</pre>
 *
 * <p>Rows are numbered from 0 in input order; a table holds at most {@link Integer#MAX_VALUE} rows. Immutable and
 * thread-safe: updates return a new table that shares the unchanged chunks with this one.
 *
 * @param <T> the customer type
 */
public final class CustomerTable<T> {
    /** Rows per chunk unless chosen otherwise: the bitmaps of a chunk's plan (1 KiB each) stay in the L1/L2 cache. */
    public static final int DEFAULT_CHUNK_ROWS = ColumnTable.DEFAULT_CHUNK_ROWS;

    private final ColumnTable<T> columns;

    CustomerTable(ColumnTable<T> columns) {
        this.columns = columns;
    }

    /**
     * Reads every customer of {@code customers} through {@code schema}, in iteration order.
     *
     * @throws InvalidCustomerDataException when an extractor fails or a tag collection holds {@code null}, naming
     *                                      the row, the customer id when known, and the attribute
     */
    public static <T> CustomerTable<T> of(CustomerSchema<T> schema, Iterable<? extends T> customers) {
        return new CustomerTable<>(ColumnTable.of(schema, customers));
    }

    /**
     * Like {@link #of(CustomerSchema, Iterable)} with a chosen chunk size; smaller chunks serve tests of chunk
     * boundaries, the default serves speed.
     *
     * @param chunkRows a power of two in {@code [64, 65536]}
     * @throws IllegalArgumentException when {@code chunkRows} is not such a power of two
     */
    public static <T> CustomerTable<T> of(CustomerSchema<T> schema, Iterable<? extends T> customers, int chunkRows) {
        return new CustomerTable<>(ColumnTable.of(schema, customers, chunkRows));
    }

    /**
     * Like {@link #of(CustomerSchema, Iterable, int)} for a list, read by up to {@code parallelism} threads (the
     * caller's and tasks on {@code executor}), each building a contiguous run of chunks.
     *
     * @throws InvalidCustomerDataException for the first unreadable customer in list order
     */
    public static <T> CustomerTable<T> of(CustomerSchema<T> schema, List<? extends T> customers, int chunkRows,
            int parallelism, Executor executor) {
        return new CustomerTable<>(ColumnTable.of(schema, customers, chunkRows, parallelism, executor));
    }

    /** This table followed by {@code more}; only the last, partial chunk of this table is copied. */
    public CustomerTable<T> withAppended(Iterable<? extends T> more) {
        return new CustomerTable<>(columns.withAppended(more));
    }

    /**
     * This table with the customer at {@code row} replaced by {@code customer}; only that row's chunk is re-encoded,
     * every other chunk is shared.
     *
     * @throws IndexOutOfBoundsException    when {@code row} is not in {@code [0, rowCount())}
     * @throws InvalidCustomerDataException when {@code customer} cannot be read
     */
    public CustomerTable<T> withReplaced(int row, T customer) {
        return new CustomerTable<>(columns.withReplaced(row, customer));
    }

    /** The schema the customers were read with. */
    public CustomerSchema<T> schema() {
        return columns.schema();
    }

    /** The number of customers. */
    public int rowCount() {
        return columns.rowCount();
    }

    /** Rows per chunk: a power of two. */
    public int chunkRows() {
        return columns.chunkRows();
    }

    /**
     * The id of the customer at {@code row} (0-based input position).
     *
     * @throws IndexOutOfBoundsException when {@code row} is not in {@code [0, rowCount())}
     */
    public long customerId(int row) {
        Objects.checkIndex(row, columns.rowCount());
        return columns.customerId(row);
    }

    /** Approximate heap bytes of the ids and every column, without the schema. */
    public long memoryBytes() {
        return columns.memoryBytes();
    }

    /** The column store behind this table, for the engine's own packages. */
    ColumnTable<T> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
