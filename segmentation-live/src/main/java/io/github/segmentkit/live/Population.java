package io.github.segmentkit.live;

import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.core.engine.CustomerTable;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customers of a live segmentation by slot, and the same customers in a columnar {@link CustomerTable} (row =
 * slot) for whole-population runs. A change does not touch the table: it goes to a delta (rows replaced, slots
 * appended, a bit per row) that is merged in one batch when a whole-population run needs the table or the delta
 * reaches its limit, each chunk re-encoded once for all its changed rows
 * ({@link CustomerTable#withReplaced(SortedMap)}), or, when the changed rows span a quarter of the chunks or more, the
 * table built again; re-encoding a chunk per change would cost thousands of rows per change.
 *
 * <p>A merge that reads {@link #BACKGROUND_MERGE_ROWS} rows or more, when the delta reaches its limit, runs on one
 * thread of the common fork-join pool ({@link BackgroundMerge}) from a frozen view of the customers
 * ({@link SlotCustomers#freeze()}: a copy of their page directory, not of every slot), while changes go on
 * into the delta; the merged table takes the old one's place at the first change after it is done, with the rows
 * replaced meanwhile as the delta. A writer merging on its own path would stall every writer for the time of a table
 * build (2.0–2.4 s at ten million customers on two cores). Whole-population runs wait for a merge under way, or run
 * it themselves when the pool has not started it. Either way the pool's threads call the schema's extractors, which,
 * as for the engine, must be thread-safe.
 *
 * <p>The object of a deleted customer is kept in its slot (the table has no deleted rows; the live set says who is
 * there). Not thread-safe: the live segmentation's writer lock guards it.
 */
final class Population<T> {
    /**
     * The rows a merge reads from which it runs on the pool rather than on the writer: about a tenth of a second of
     * reading on one core. Smaller merges cost less than copying ten million slots would.
     */
    static final int BACKGROUND_MERGE_ROWS = 1 << 18;
    private static final Logger LOG = LoggerFactory.getLogger(Population.class);

    private final CustomerSchema<T> schema;
    private final SlotCustomers<T> customers;
    /** The rows of the table whose slot was replaced since the last merge. */
    private ReplacedRows replacedRows;
    private final int deltaLimit;
    private final int backgroundMergeRows;
    private CustomerTable<T> table;
    private long merges;
    /** The merge under way on the pool, or null. */
    private BackgroundMerge<T> background;
    /** Set once a merge on the pool failed: merges then run on the writer, whose caller sees the exception. */
    private boolean backgroundFailed;
    private final Executor pool;

    /**
     * @param backgroundMergeRows the rows a merge reads from which it runs on the pool ({@link #BACKGROUND_MERGE_ROWS};
     *                            0 to run every merge at the limit there, as the tests do)
     * @param pool                where such merges run (the common pool; tests run them when they choose)
     */
    Population(CustomerSchema<T> schema, List<T> customers, int chunkRows, int deltaLimit, int backgroundMergeRows,
            Executor pool) {
        this.schema = schema;
        this.customers = new SlotCustomers<>(customers);
        this.table = CustomerTable.of(schema, this.customers.view(), chunkRows);
        this.replacedRows = new ReplacedRows(table.rowCount());
        this.deltaLimit = deltaLimit;
        this.backgroundMergeRows = backgroundMergeRows;
        this.pool = pool;
    }

    T customer(int slot) {
        return customers.get(slot);
    }

    /** The customer of every slot as it is now (deleted ones included), unchanged by later changes. */
    List<T> customers() {
        return customers.freeze();
    }

    int size() {
        return customers.size();
    }

    /** Appends {@code customer} in the next slot, which it returns. */
    int add(T customer) {
        customers.add(customer);
        afterChange();
        return customers.size() - 1;
    }

    void replace(int slot, T customer) {
        customers.set(slot, customer);
        replacedRows.mark(slot);
        if (background != null) {
            background.replaced(slot);
        }
        afterChange();
    }

    /** Changes not yet in the table: rows replaced plus slots appended. */
    int deltaSize() {
        return replacedRows.count() + customers.size() - table.rowCount();
    }

    /** How many times the delta was merged into the table. */
    long merges() {
        return merges;
    }

    /** Whether a merge is under way on the pool. */
    boolean merging() {
        return background != null;
    }

    /** The table with every change merged: row r holds slot r's customer (deleted ones included). */
    CustomerTable<T> table() {
        if (background != null) {
            takeBackgroundMerge();
        }
        if (deltaSize() > 0) {
            mergeHere(ForkJoinPool.getCommonPoolParallelism() + 1);
        }
        return table;
    }

    /**
     * Reads every customer into a new table, dropping the delta: after a refit the table's encoded labels are those
     * of the previous fit, and every row may have changed. A merge under way is dropped too (the pool finishes it
     * for nothing; waiting for it would cost more).
     */
    void rebuild() {
        background = null;
        table = CustomerTable.of(schema, customers.view(), table.chunkRows(),
                ForkJoinPool.getCommonPoolParallelism() + 1, ForkJoinPool.commonPool());
        replacedRows = new ReplacedRows(table.rowCount());
    }

    private void afterChange() {
        if (background != null && background.isDone()) {
            takeBackgroundMerge();
        }
        if (background == null && deltaSize() >= deltaLimit) {
            if (!backgroundFailed && rowsToRead() >= backgroundMergeRows) {
                startBackgroundMerge();
            } else {
                mergeHere(ForkJoinPool.getCommonPoolParallelism() + 1);
            }
        }
    }

    /** Merges the delta on this thread, with up to {@code threads} threads for a whole build. */
    private void mergeHere(int threads) {
        table = merged(schema, table, customers.view(), replacedRows, threads);
        replacedRows = new ReplacedRows(table.rowCount());
        merges++;
    }

    /** Starts a merge on one pool thread: the other cores are left to the writers and readers. */
    private void startBackgroundMerge() {
        CustomerTable<T> base = table;
        List<T> copy = customers.freeze();
        ReplacedRows replaced = replacedRows.copy();
        background = BackgroundMerge.start(() -> merged(schema, base, copy, replaced, 1), copy.size(), pool);
    }

    /**
     * Puts the merged table in the old one's place, with the rows replaced since the merge's copy as the delta; when
     * the merge failed, keeps the old table and the whole delta, and merges on the writer from then on.
     */
    private void takeBackgroundMerge() {
        BackgroundMerge<T> done = background;
        background = null;
        try {
            table = done.table();
        } catch (RuntimeException e) {
            backgroundFailed = true;
            LOG.warn("merging the live population's changes on the common pool failed; merging on the writer from now"
                    + " on", e);
            return;
        }
        replacedRows = done.replacedSince();
        merges++;
    }

    /** How many rows a merge of the delta now reads. */
    private long rowsToRead() {
        int replacedChunks = replacedRows.chunks(table.chunkRows());
        long appended = customers.size() - (long) table.rowCount();
        return wholeBuild(table, replacedChunks) ? customers.size()
                : (long) replacedChunks * table.chunkRows() + appended;
    }

    /**
     * {@code base} with the rows flagged in {@code replaced} read again from {@code customers} and the customers past
     * its end appended. When the replaced rows fall in at least a quarter of the chunks, the table is built again from
     * every customer, on up to {@code threads} threads: re-encoding a chunk for its replaced rows costs about four
     * times as much per row as a build on two cores, and changes spread over the population touch most chunks
     * (merging ten million replaced rows took 10–13 s, a build 2.0–2.4 s).
     */
    private static <T> CustomerTable<T> merged(CustomerSchema<T> schema, CustomerTable<T> base, List<T> customers,
            ReplacedRows replaced, int threads) {
        if (wholeBuild(base, replaced.chunks(base.chunkRows()))) {
            return CustomerTable.of(schema, customers, base.chunkRows(), threads, ForkJoinPool.commonPool());
        }
        SortedMap<Integer, T> rows = new TreeMap<>();
        replaced.forEach(row -> rows.put(row, customers.get(row)));
        CustomerTable<T> merged = rows.isEmpty() ? base : base.withReplaced(rows);
        if (customers.size() > merged.rowCount()) {
            merged = merged.withAppended(customers.subList(merged.rowCount(), customers.size()));
        }
        return merged;
    }

    private static boolean wholeBuild(CustomerTable<?> table, int replacedChunks) {
        int chunks = (table.rowCount() + table.chunkRows() - 1) / table.chunkRows();
        return replacedChunks > 0 && 4L * replacedChunks >= chunks;
    }
}
