package io.github.segmentkit.core.column;

import io.github.segmentkit.api.HeapTooSmallException;
import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.schema.AttributeBinding;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Customers stored by column: one {@link Column} per attribute of the schema, each a sequence of chunks of
 * {@link #chunkRows()} rows in the narrowest encoding that holds them (packed whole numbers, order-preserving keys
 * for doubles, epoch days, seconds and nanoseconds, dictionary codes, one bitmap per tag or flag, two arrays of
 * degrees), with a bitmap of missing values per chunk. Build it once, then segment it as often as needed with
 * {@code ColumnarSegmenter.segment(table)}.
 *
 * <p>Rows are numbered from 0 in input order; the table holds at most {@link Integer#MAX_VALUE} rows. Immutable and
 * thread-safe: updates return a new table that shares the unchanged chunks with this one.
 *
 * @param <T> the customer type
 */
public final class ColumnTable<T> {
    /** Rows per chunk unless chosen otherwise: the bitmaps of a chunk's plan (1 KiB each) stay in the L1/L2 cache. */
    public static final int DEFAULT_CHUNK_ROWS = 1 << 13;

    private final CustomerSchema<T> schema;
    private final int chunkRows;
    private final int shift;
    private final int rowCount;
    private final Column ids;
    private final Map<String, Column> columns;

    ColumnTable(CustomerSchema<T> schema, int chunkRows, int rowCount, Column ids,
            Map<String, Column> columns) {
        this.schema = schema;
        this.chunkRows = chunkRows;
        this.shift = Integer.numberOfTrailingZeros(chunkRows);
        this.rowCount = rowCount;
        this.ids = ids;
        this.columns = Collections.unmodifiableMap(columns);
    }

    /**
     * Reads every customer of {@code customers} through {@code schema}, in iteration order.
     *
     * @throws InvalidCustomerDataException when an extractor fails or a tag collection holds {@code null}, naming
     *                                      the row, the customer id when known, and the attribute
     */
    public static <T> ColumnTable<T> of(CustomerSchema<T> schema, Iterable<? extends T> customers) {
        return of(schema, customers, DEFAULT_CHUNK_ROWS);
    }

    /**
     * Like {@link #of(CustomerSchema, Iterable)} with a chosen chunk size; smaller chunks serve tests of chunk
     * boundaries, the default serves speed.
     *
     * @param chunkRows a power of two in {@code [64, 65536]}
     */
    public static <T> ColumnTable<T> of(CustomerSchema<T> schema, Iterable<? extends T> customers, int chunkRows) {
        Builder<T> builder = builder(schema, chunkRows);
        if (customers instanceof java.util.Collection<?> collection) {
            builder.expecting(collection.size());   // a size known up front: refuse a table the heap cannot hold
        }
        return builder.addAll(customers).build();
    }

    /**
     * Like {@link #of(CustomerSchema, Iterable, int)} for a list, read by up to {@code parallelism} threads (the
     * caller's and tasks on {@code executor}), each building a contiguous run of chunks; the result is the same
     * table as a sequential build's, except that dictionary codes may be numbered differently.
     *
     * @throws InvalidCustomerDataException for the first unreadable customer in list order
     */
    public static <T> ColumnTable<T> of(CustomerSchema<T> schema, List<? extends T> customers, int chunkRows,
            int parallelism, java.util.concurrent.Executor executor) {
        builder(schema, chunkRows);   // checks the arguments
        return ParallelTableBuild.build(schema, customers, chunkRows, parallelism, executor);
    }

    /** A builder for loaders that produce customers one at a time. */
    public static <T> Builder<T> builder(CustomerSchema<T> schema) {
        return builder(schema, DEFAULT_CHUNK_ROWS);
    }

    /** A builder with a chosen chunk size, a power of two in {@code [64, 65536]}. */
    public static <T> Builder<T> builder(CustomerSchema<T> schema, int chunkRows) {
        Objects.requireNonNull(schema, "schema");
        if (chunkRows < 64 || chunkRows > 65536 || Integer.bitCount(chunkRows) != 1) {
            throw new IllegalArgumentException("chunkRows must be a power of two in [64, 65536], got " + chunkRows);
        }
        return new Builder<>(schema, chunkRows, null, true);
    }

    /** A builder that appends to this table; this table is unchanged and shares its full chunks with the result. */
    public Builder<T> toBuilder() {
        return new Builder<>(schema, chunkRows, this, true);
    }

    /** This table followed by {@code more}; only the last, partial chunk of this table is copied. */
    public ColumnTable<T> withAppended(Iterable<? extends T> more) {
        return toBuilder().addAll(more).build();
    }

    /**
     * This table with row {@code row} holding {@code customer} instead; only that row's chunk is re-encoded, every
     * other chunk is shared.
     *
     * @throws IndexOutOfBoundsException    when {@code row} is not in {@code [0, rowCount)}
     * @throws InvalidCustomerDataException when {@code customer} cannot be read
     */
    public ColumnTable<T> withReplaced(int row, T customer) {
        Objects.checkIndex(row, rowCount);
        return withChunkReplaced(row >>> shift, new TreeMap<>(Map.of(row, customer)));
    }

    /**
     * This table with each row of {@code rows} holding its customer instead; each chunk holding one of those rows
     * is re-encoded once, whatever the number of its rows replaced, and every other chunk is shared.
     *
     * @throws IndexOutOfBoundsException    when a row is not in {@code [0, rowCount)}
     * @throws InvalidCustomerDataException when a customer cannot be read
     */
    public ColumnTable<T> withReplaced(SortedMap<Integer, ? extends T> rows) {
        ColumnTable<T> table = this;
        SortedMap<Integer, ? extends T> rest = rows;
        while (!rest.isEmpty()) {
            int chunk = Objects.checkIndex(rest.firstKey(), rowCount) >>> shift;
            int next = (chunk + 1) << shift;
            SortedMap<Integer, ? extends T> ofChunk = next > 0 ? rest.headMap(next) : rest;
            int last = ofChunk.lastKey();
            Objects.checkIndex(last, rowCount);
            table = table.withChunkReplaced(chunk, ofChunk);
            rest = next > 0 ? rest.tailMap(next) : Collections.emptySortedMap();
        }
        return table;
    }

    private ColumnTable<T> withChunkReplaced(int chunk, SortedMap<Integer, ? extends T> rows) {
        Builder<T> builder = new Builder<>(schema, chunkRows, this, false);
        builder.reload(this, chunk);
        for (Map.Entry<Integer, ? extends T> replaced : rows.entrySet()) {
            int row = replaced.getKey();
            builder.overwrite(row, row & (chunkRows - 1), replaced.getValue());
        }
        Chunk[] sealed = builder.sealBuffers(rowsInChunk(chunk));
        Map<String, Column> replaced = new LinkedHashMap<>();
        int i = 1;
        for (AttributeBinding<T> binding : schema.bindings()) {
            String name = binding.attribute().name();
            replaced.put(name, columns.get(name).replaced(chunk, sealed[i], builder.writers.get(i - 1).dictionary()));
            i++;
        }
        return new ColumnTable<>(schema, chunkRows, rowCount, ids.replaced(chunk, sealed[0], Dictionary.EMPTY),
                replaced);
    }

    /** The schema the customers were read with. */
    public CustomerSchema<T> schema() {
        return schema;
    }

    /** The number of customers. */
    public int rowCount() {
        return rowCount;
    }

    /** Rows per chunk: a power of two. */
    public int chunkRows() {
        return chunkRows;
    }

    /** The number of chunks: {@code ⌈rowCount / chunkRows⌉}. */
    public int chunkCount() {
        return (int) ((rowCount + (long) chunkRows - 1) >>> shift);
    }

    /** The number of rows of chunk {@code chunk}: {@link #chunkRows()}, except for a shorter last chunk. */
    public int rowsInChunk(int chunk) {
        return Math.min(chunkRows, rowCount - chunk * chunkRows);
    }

    /** The id of the customer at {@code row}. */
    public long customerId(int row) {
        Objects.checkIndex(row, rowCount);
        return ((LongChunk) ids.chunk(row >>> shift)).values().get(row & (chunkRows - 1));
    }

    /** The ids of chunk {@code chunk}, packed. */
    public PackedLongs idChunk(int chunk) {
        return ((LongChunk) ids.chunk(chunk)).values();
    }

    /**
     * The column of the attribute named {@code attribute}.
     *
     * @throws IllegalArgumentException naming the attribute when the schema does not declare it
     */
    public Column column(String attribute) {
        Column column = columns.get(attribute);
        if (column == null) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is not in the table; it has "
                    + columns.keySet());
        }
        return column;
    }

    /** Approximate heap bytes of the ids and every column, without the schema. */
    public long memoryBytes() {
        long bytes = 64 + ids.memoryBytes();
        for (Column column : columns.values()) {
            bytes += column.memoryBytes();
        }
        return bytes;
    }

    @Override
    public String toString() {
        return "ColumnTable[" + rowCount + " rows in " + chunkCount() + " chunks of " + chunkRows + ", "
                + columns.keySet() + "]";
    }

    /**
     * Reads customers one at a time into chunk buffers and seals each full chunk, so that the customer objects can
     * be dropped as soon as they are read. Not thread-safe; build once.
     *
     * @param <T> the customer type
     */
    public static final class Builder<T> {
        /**
         * Customers read column by column at a time by {@link #addAll}: their records (about 100 bytes each, for a
         * customer of 20 attributes) stay in the L1/L2 cache from one column to the next.
         */
        private static final int BLOCK_ROWS = 256;

        private final CustomerSchema<T> schema;
        private final int chunkRows;
        private final ColumnTable<T> base;
        private final int keptChunks;
        private final IdWriter<T> ids;
        private final List<AttributeBinding<T>> bindings;
        private final List<ColumnWriter<T>> writers = new ArrayList<>();
        /** {@link #writers} as the array a {@link ColumnFill} takes. */
        private final ColumnWriter<T>[] writerArray;
        private final int[] dictionarySizes;
        /** Reads blocks of customers into the writers; the generated one once {@link #untilGenerated} runs out. */
        private ColumnFill<T> fill = ColumnFill.interpreted();
        /** Customers to read in blocks before asking for the schema's generated fill; 0 or less: never. */
        private int untilGenerated = ColumnFill.generatedByDefault() ? ColumnFill.GENERATE_AFTER : 0;
        /** Sealed chunks per column: index 0 the ids, then the attributes in schema order. */
        private final List<List<Chunk>> sealed = new ArrayList<>();
        private int rowCount;
        private int buffered;
        private boolean built;

        /**
         * A builder of a run of chunks that starts at row {@code firstRow} of a table built in parts, its
         * dictionaries continuing {@code dictionaries} (one per attribute in schema order, or {@code null} for empty
         * ones).
         */
        static <T> Builder<T> startingAt(CustomerSchema<T> schema, int chunkRows, int firstRow,
                List<Dictionary> dictionaries) {
            Builder<T> builder = new Builder<>(schema, chunkRows, null, true, dictionaries);
            builder.rowCount = firstRow;
            return builder;
        }

        /** The dictionaries so far, one per attribute in schema order. */
        List<Dictionary> dictionaries() {
            return writers.stream().map(ColumnWriter::dictionary).toList();
        }

        /** Seals the partial last chunk; the sealed chunks by column, index 0 the ids. */
        List<List<Chunk>> sealAll() {
            if (buffered > 0) {
                seal();
            }
            built = true;
            return sealed;
        }

        /** The dictionary of the attribute at {@code index} in schema order. */
        Dictionary dictionary(int index) {
            return writers.get(index).dictionary();
        }

        private long expectedRows;

        private Builder(CustomerSchema<T> schema, int chunkRows, ColumnTable<T> base, boolean appending) {
            this(schema, chunkRows, base, appending, null);
        }

        private Builder(CustomerSchema<T> schema, int chunkRows, ColumnTable<T> base, boolean appending,
                List<Dictionary> dictionaries) {
            this.schema = schema;
            this.chunkRows = chunkRows;
            this.base = base;
            this.bindings = schema.bindings();
            this.ids = new IdWriter<>(chunkRows);
            this.dictionarySizes = new int[bindings.size()];
            sealed.add(new ArrayList<>());
            for (int a = 0; a < bindings.size(); a++) {
                AttributeBinding<T> binding = bindings.get(a);
                Dictionary start = dictionaries != null ? dictionaries.get(a)
                        : base == null ? Dictionary.EMPTY : base.column(binding.attribute().name()).dictionary();
                writers.add(ColumnWriter.of(binding, start, chunkRows));
                sealed.add(new ArrayList<>());
            }
            @SuppressWarnings({"unchecked", "rawtypes"})   // a generic array is created raw, then typed
            ColumnWriter<T>[] array = writers.toArray(new ColumnWriter[0]);
            this.writerArray = array;
            if (base == null) {
                keptChunks = 0;
            } else {
                rowCount = base.rowCount;
                int lastRows = base.rowCount & (chunkRows - 1);
                keptChunks = base.rowCount >>> base.shift;
                if (lastRows != 0 && appending) {
                    // the partial last chunk is reopened and continued
                    reload(base, keptChunks);
                    buffered = lastRows;
                }
            }
        }

        private void reload(ColumnTable<T> table, int chunk) {
            ids.reload(table.ids.chunk(chunk));
            for (int i = 0; i < writers.size(); i++) {
                writers.get(i).reload(table.column(bindings.get(i).attribute().name()).chunk(chunk));
            }
        }

        /**
         * Reads one customer as the next row.
         *
         * @throws InvalidCustomerDataException when an extractor fails, naming the row, id and attribute; the
         *                                      customer is then not added and the builder stays usable
         */
        public Builder<T> add(T customer) {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            if (rowCount == Integer.MAX_VALUE) {
                throw new IllegalStateException("a table holds at most " + Integer.MAX_VALUE + " rows");
            }
            write(rowCount, buffered, customer);
            rowCount++;
            if (++buffered == chunkRows) {
                seal();
            }
            return this;
        }

        /**
         * Reads every customer of {@code customers}, in iteration order, a block of them at a time.
         *
         * @throws InvalidCustomerDataException for the first customer that cannot be read, naming its row, id and
         *                                      attribute; the customers before it are added, it and those after are
         *                                      not
         */
        public Builder<T> addAll(Iterable<? extends T> customers) {
            if (customers instanceof List<? extends T> list && customers instanceof RandomAccess) {
                return addRange(list, 0, list.size());
            }
            Object[] block = new Object[BLOCK_ROWS];
            int count = 0;
            for (T customer : customers) {
                block[count++] = customer;
                if (count == BLOCK_ROWS) {
                    addBlock(block, count);
                    count = 0;
                }
            }
            addBlock(block, count);
            return this;
        }

        /** Reads {@code customers.get(from) … customers.get(to − 1)}, as {@link #addAll} does. */
        Builder<T> addRange(List<? extends T> customers, int from, int to) {
            Object[] block = new Object[BLOCK_ROWS];
            for (int row = from; row < to; row += BLOCK_ROWS) {
                int count = Math.min(BLOCK_ROWS, to - row);
                for (int i = 0; i < count; i++) {
                    block[i] = customers.get(row + i);
                }
                addBlock(block, count);
            }
            return this;
        }

        /**
         * Reads {@code block[0 .. count)} column by column, each run of it that fits in the current chunk at once;
         * when a customer of a run cannot be read, the run is undone and read again row by row, so that the failure
         * reported is the first in row order, as {@link #add} reports it.
         */
        @SuppressWarnings("unchecked")
        private void addBlock(Object[] block, int count) {
            for (int done = 0; done < count; ) {
                if (built) {
                    throw new IllegalStateException("build() was already called");
                }
                int run = (int) Math.min(Math.min(count - done, chunkRows - buffered),
                        (long) Integer.MAX_VALUE - rowCount);
                if (run == 0 || !writeRun(block, done, run)) {
                    for (int i = 0; i < Math.max(run, 1); i++) {
                        add((T) block[done + i]);   // throws for the first unreadable customer (or a full table)
                    }
                } else {
                    rowCount += run;
                    buffered += run;
                    if (buffered == chunkRows) {
                        seal();
                    }
                }
                done += Math.max(run, 1);
            }
        }

        /**
         * The size of each writer's dictionary now, in a buffer reused from call to call, so that customers whose
         * reading fails can be undone without leaving codes that no row holds.
         */
        private int[] rememberDictionarySizes() {
            for (int w = 0; w < dictionarySizes.length; w++) {
                dictionarySizes[w] = writers.get(w).dictionarySize();
            }
            return dictionarySizes;
        }

        /** Writes {@code block[offset .. offset + count)} to buffer rows from {@code buffered}; false, undone, on failure. */
        @SuppressWarnings("unchecked")
        private boolean writeRun(Object[] block, int offset, int count) {
            int index = buffered;
            int[] sizes = rememberDictionarySizes();
            try {
                for (int i = 0; i < count; i++) {
                    T customer = (T) block[offset + i];
                    if (customer == null) {
                        return false;   // nothing written yet; the row path reports it
                    }
                    ids.write(schema.id(customer), index + i);
                }
                fill.fill(writerArray, block, offset, count, index);
                if (untilGenerated > 0 && (untilGenerated -= count) <= 0) {
                    fill = ColumnFill.of(schema, writers);
                }
                return true;
            } catch (RuntimeException e) {
                // undone entirely, dictionaries included, so that no code stands for a value of a row not added
                for (int w = 0; w < writers.size(); w++) {
                    ColumnWriter<T> writer = writers.get(w);
                    for (int i = 0; i < count; i++) {
                        writer.clear(index + i);
                    }
                    writer.truncateDictionary(sizes[w]);
                }
                return false;
            }
        }

        private void overwrite(long row, int index, T customer) {
            for (ColumnWriter<T> writer : writers) {
                writer.clear(index);
            }
            write(row, index, customer);
        }

        private void write(long row, int index, T customer) {
            if (customer == null) {
                // without this the id extractor's NullPointerException would blame the extractor
                throw new InvalidCustomerDataException(row, null, null,
                        "null instead of a customer", null);
            }
            long id;
            try {
                id = schema.id(customer);
            } catch (RuntimeException e) {
                throw new InvalidCustomerDataException(row, null, null, "the id extractor failed: " + e.getMessage(),
                        e);
            }
            ids.write(id, index);
            int[] sizes = rememberDictionarySizes();
            for (int i = 0; i < writers.size(); i++) {
                try {
                    writers.get(i).write(customer, index);
                } catch (RuntimeException e) {
                    for (int j = 0; j <= i; j++) {
                        writers.get(j).clear(index);
                        writers.get(j).truncateDictionary(sizes[j]);
                    }
                    throw new InvalidCustomerDataException(row, Long.toString(id), bindings.get(i).attribute().name(),
                            String.valueOf(e.getMessage()), e);
                }
            }
        }

        private Chunk[] sealBuffers(int rows) {
            Chunk[] chunks = new Chunk[writers.size() + 1];
            chunks[0] = ids.seal(rows);
            for (int i = 0; i < writers.size(); i++) {
                chunks[i + 1] = writers.get(i).seal(rows);
            }
            return chunks;
        }

        private void seal() {
            Chunk[] chunks = sealBuffers(buffered);
            for (int i = 0; i < chunks.length; i++) {
                sealed.get(i).add(chunks[i]);
            }
            if (expectedRows > 0 && buffered == chunkRows) {
                checkHeap(chunks);
            }
            buffered = 0;
        }

        /**
         * Refuses up front a table that cannot fit in the heap, from the first full chunk's size: an
         * {@code OutOfMemoryError} deep in a column writer says neither how much was needed nor why.
         */
        private void checkHeap(Chunk[] first) {
            long expected = expectedRows;
            expectedRows = 0;   // once
            long bytes = 0;
            for (Chunk chunk : first) {
                bytes += chunk.memoryBytes();
            }
            long estimate = (long) ((double) bytes / chunkRows * expected);
            long maxHeap = Runtime.getRuntime().maxMemory();
            if (maxHeap != Long.MAX_VALUE && estimate > maxHeap) {
                throw new HeapTooSmallException(expected, estimate, maxHeap);
            }
        }

        /**
         * Asks for the schema's generated {@link ColumnFill} once {@code rows} customers are read in blocks: at once
         * when 0, never when negative (tests compare the two).
         */
        Builder<T> generatingAfter(int rows) {
            untilGenerated = Math.max(rows, 0);
            fill = rows == 0 ? ColumnFill.of(schema, writers) : ColumnFill.interpreted();
            return this;
        }

        /** The fill that reads the next block (for tests). */
        ColumnFill<T> fill() {
            return fill;
        }

        /** Checks the heap against the size of {@code rows} customers once the first chunk is built. */
        Builder<T> expecting(long rows) {
            this.expectedRows = rows;
            return this;
        }

        /** The table of every customer added (after the base table's, when appending). */
        public ColumnTable<T> build() {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            built = true;
            if (buffered > 0) {
                seal();
            }
            Map<String, Column> columns = new LinkedHashMap<>();
            for (int i = 0; i < bindings.size(); i++) {
                String name = bindings.get(i).attribute().name();
                Chunk[] more = sealed.get(i + 1).toArray(new Chunk[0]);
                Dictionary dictionary = writers.get(i).dictionary();
                columns.put(name, base == null ? new Column(bindings.get(i).attribute(), dictionary, more)
                        : base.column(name).extended(keptChunks, more, dictionary));
            }
            Chunk[] moreIds = sealed.get(0).toArray(new Chunk[0]);
            Column idColumn = base == null ? new Column(null, Dictionary.EMPTY, moreIds)
                    : base.ids.extended(keptChunks, moreIds, Dictionary.EMPTY);
            return new ColumnTable<>(schema, chunkRows, rowCount, idColumn, columns);
        }
    }
}
