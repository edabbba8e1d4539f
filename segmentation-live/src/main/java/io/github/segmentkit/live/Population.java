package io.github.segmentkit.live;

import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.CustomerTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The customers of a live segmentation by slot, and the same customers in a columnar {@link CustomerTable} (row =
 * slot) for whole-population runs. A change does not touch the table: it goes to a delta (rows replaced, slots
 * appended, a bit per row) that is merged in one batch when a whole-population run needs the table or the delta
 * reaches its limit, each chunk re-encoded once for all its changed rows
 * ({@link CustomerTable#withReplaced(SortedMap)}), or, when the changed rows span a quarter of the chunks or more, the
 * table built again on this thread and the common fork-join pool's (whose threads then call the schema's extractors,
 * which, as for the engine, must be thread-safe); re-encoding a chunk per change would cost thousands of rows per
 * change, and merging on the change path would stall the writer for the time of a table rebuild.
 *
 * <p>The object of a deleted customer is kept in its slot (the table has no deleted rows; the live set says who is
 * there). Not thread-safe: the live segmentation's writer lock guards it.
 */
final class Population<T> {
    private final CustomerSchema<T> schema;
    private final List<T> customers;
    /** The rows of the table whose slot was replaced since the last merge, a bit per row. */
    private long[] replacedRows = new long[0];
    private int replacedCount;
    private final int deltaLimit;
    private CustomerTable<T> table;
    private long merges;

    Population(CustomerSchema<T> schema, List<T> customers, int chunkRows, int deltaLimit) {
        this.schema = schema;
        this.customers = new ArrayList<>(customers);
        this.table = CustomerTable.of(schema, this.customers, chunkRows);
        this.deltaLimit = deltaLimit;
    }

    T customer(int slot) {
        return customers.get(slot);
    }

    /** A copy of the customer of every slot, deleted ones included. */
    List<T> customers() {
        return new ArrayList<>(customers);
    }

    int size() {
        return customers.size();
    }

    /** Appends {@code customer} in the next slot, which it returns. */
    int add(T customer) {
        customers.add(customer);
        mergeWhenFull();
        return customers.size() - 1;
    }

    void replace(int slot, T customer) {
        customers.set(slot, customer);
        if (slot < table.rowCount()) {
            int word = slot >>> 6;
            if (word >= replacedRows.length) {
                replacedRows = Arrays.copyOf(replacedRows, (table.rowCount() + 63) >>> 6);
            }
            long bit = 1L << slot;
            if ((replacedRows[word] & bit) == 0) {
                replacedRows[word] |= bit;
                replacedCount++;
            }
        }
        mergeWhenFull();
    }

    /** Changes not yet in the table: rows replaced plus slots appended. */
    int deltaSize() {
        return replacedCount + customers.size() - table.rowCount();
    }

    /** How many times the delta was merged into the table. */
    long merges() {
        return merges;
    }

    /** The table with every change merged: row r holds slot r's customer (deleted ones included). */
    CustomerTable<T> table() {
        merge();
        return table;
    }

    /**
     * Reads every customer into a new table, dropping the delta: after a refit the table's encoded labels are those
     * of the previous fit, and every row may have changed.
     */
    void rebuild() {
        table = buildTable(table.chunkRows());
        clearReplaced();
    }

    /**
     * A new table of every slot's customer, read by this thread and the common fork-join pool's: at ten million
     * customers 2.0–2.4 s on two cores against 3.5–3.7 s on one.
     */
    private CustomerTable<T> buildTable(int chunkRows) {
        return CustomerTable.of(schema, customers, chunkRows, ForkJoinPool.getCommonPoolParallelism() + 1,
                ForkJoinPool.commonPool());
    }

    private void mergeWhenFull() {
        if (deltaSize() >= deltaLimit) {
            merge();
        }
    }

    /**
     * Brings the table up to date. When the replaced rows fall in at least a quarter of the table's chunks, the table
     * is built again from every customer: re-encoding a chunk for its replaced rows costs about four times as much per
     * row as a build on two cores, and changes spread over the population touch most chunks (merging ten million
     * replaced rows took 10–13 s, a build 2.0–2.4 s).
     */
    private void merge() {
        if (deltaSize() == 0) {
            return;
        }
        if (4L * replacedChunks() >= chunks(table.rowCount())) {
            rebuild();
        } else {
            mergeReplacedAndAppended();
        }
        merges++;
    }

    /** Re-encodes each chunk holding a replaced row once, and appends the new slots. */
    private void mergeReplacedAndAppended() {
        SortedMap<Integer, T> rows = new TreeMap<>();
        for (int word = 0; word < replacedRows.length; word++) {
            long bits = replacedRows[word];
            while (bits != 0) {
                int row = (word << 6) + Long.numberOfTrailingZeros(bits);
                rows.put(row, customers.get(row));
                bits &= bits - 1;
            }
        }
        CustomerTable<T> merged = rows.isEmpty() ? table : table.withReplaced(rows);
        if (customers.size() > merged.rowCount()) {
            merged = merged.withAppended(customers.subList(merged.rowCount(), customers.size()));
        }
        table = merged;
        clearReplaced();
    }

    /** How many of the table's chunks hold a replaced row. */
    private int replacedChunks() {
        int wordsPerChunk = table.chunkRows() >>> 6;   // chunks are a power of two of at least 64 rows
        int chunks = 0;
        for (int from = 0; from < replacedRows.length; from += wordsPerChunk) {
            for (int word = from; word < Math.min(from + wordsPerChunk, replacedRows.length); word++) {
                if (replacedRows[word] != 0) {
                    chunks++;
                    break;
                }
            }
        }
        return chunks;
    }

    private int chunks(int rows) {
        return (rows + table.chunkRows() - 1) / table.chunkRows();
    }

    private void clearReplaced() {
        Arrays.fill(replacedRows, 0L);
        replacedCount = 0;
    }
}
