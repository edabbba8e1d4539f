package io.github.segmentkit.core.engine;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.column.ColumnTable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.Executor;

/**
 * A population read once into columns, to be segmented as often as needed with
 * {@link ColumnarSegmenter#segment(CustomerTable)}: every attribute of the schema is stored by column, in chunks of
 * a few thousand rows, in the narrowest encoding that holds the chunk (bit-sliced whole numbers, order-preserving
 * keys for doubles, dictionary codes for categories, one bitmap per tag), with a bitmap of missing values.
 *
 * <pre>{@code
 * CustomerTable<Customer> table = CustomerTable.of(schema, customers);   // reads every customer once
 * ColumnarSegmenter<Customer> segmenter = ColumnarSegmenter.of(Segmenter.builder(schema).add(outdoorYoung).build());
 * SegmentationResult today = segmenter.segment(table);
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

    /** A builder for loaders that produce customers one at a time, with the default chunk size. */
    public static <T> Builder<T> builder(CustomerSchema<T> schema) {
        return new Builder<>(ColumnTable.builder(schema));
    }

    /**
     * A builder with a chosen chunk size.
     *
     * @param chunkRows a power of two in {@code [64, 65536]}
     * @throws IllegalArgumentException when {@code chunkRows} is not such a power of two
     */
    public static <T> Builder<T> builder(CustomerSchema<T> schema, int chunkRows) {
        return new Builder<>(ColumnTable.builder(schema, chunkRows));
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

    /**
     * This table with each row of {@code rows} (row → customer) replaced; every chunk holding one of those rows is
     * re-encoded once, however many of its rows change, and every other chunk is shared. This is how a batch of
     * changes is merged: replacing the rows one by one would re-encode a chunk per row.
     *
     * <pre>{@code
     * SortedMap<Integer, Customer> changed = new TreeMap<>(Map.of(0, alice, 2, bob));
     * CustomerTable<Customer> merged = table.withReplaced(changed);   // rows 0 and 2 share a chunk: one re-encoding
     * }</pre>
     *
     * @throws IndexOutOfBoundsException    when a row is not in {@code [0, rowCount())}
     * @throws InvalidCustomerDataException when a customer cannot be read
     */
    public CustomerTable<T> withReplaced(SortedMap<Integer, ? extends T> rows) {
        return new CustomerTable<>(columns.withReplaced(rows));
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

    /**
     * Approximate heap bytes of the columns of the named attributes: what one evaluation of segments over those
     * attributes reads at least once. Benchmarks size their "read as many bytes" bound with it.
     *
     * <pre>{@code
     * long bytes = table.memoryBytes(Set.of("age", "country"));
     * }</pre>
     *
     * @throws IllegalArgumentException naming the attribute when the schema does not declare one of them
     */
    public long memoryBytes(Collection<String> attributes) {
        long bytes = 0;
        for (String attribute : new LinkedHashSet<>(attributes)) {
            bytes += columns.column(attribute).memoryBytes();
        }
        return bytes;
    }

    /** The column store behind this table, for the engine's own packages. */
    ColumnTable<T> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return columns.toString();
    }

    /**
     * Reads customers one at a time and seals each full chunk, so that the customer objects can be dropped as soon as
     * they are read: memory stays proportional to the table, not to the input. Not thread-safe; build once.
     *
     * <pre>{@code
     * CustomerTable.Builder<Customer> builder = CustomerTable.builder(schema);
     * loader.forEach(builder::add);
     * CustomerTable<Customer> table = builder.build();
     * }</pre>
     *
     * @param <T> the customer type
     */
    public static final class Builder<T> {
        private final ColumnTable.Builder<T> columns;

        private Builder(ColumnTable.Builder<T> columns) {
            this.columns = columns;
        }

        /**
         * Reads one customer.
         *
         * @throws InvalidCustomerDataException when the customer cannot be read, naming its row and attribute
         */
        public Builder<T> add(T customer) {
            columns.add(customer);
            return this;
        }

        /**
         * Reads every customer of {@code customers}, in iteration order.
         *
         * @throws InvalidCustomerDataException when a customer cannot be read, naming its row and attribute
         */
        public Builder<T> addAll(Iterable<? extends T> customers) {
            columns.addAll(customers);
            return this;
        }

        /** The table of every customer added. */
        public CustomerTable<T> build() {
            return new CustomerTable<>(columns.build());
        }
    }
}
