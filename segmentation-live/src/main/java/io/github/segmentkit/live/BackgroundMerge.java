package io.github.segmentkit.live;

import io.github.segmentkit.core.concurrent.ClaimableTask;
import io.github.segmentkit.core.engine.CustomerTable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A population's delta being merged into a new table on a pool thread (the common pool's), from copies of the
 * customers and of the replaced rows taken when it started, and the rows replaced since then: the delta that remains
 * once the new table takes the old one's place. Whoever needs the table before the pool has started the merge runs it on its own thread
 * ({@link ClaimableTask}), so a pool whose threads all wait for the writer lock cannot hold the writer up.
 *
 * <p>Not thread-safe: the population's owner (the live segmentation's writer lock) guards it; only the merge itself
 * runs on another thread, on data no one else writes.
 */
final class BackgroundMerge<T> {
    private final ClaimableTask<CustomerTable<T>> task;
    /** The rows of the merged table replaced since the copy. */
    private final ReplacedRows replacedSince;

    private BackgroundMerge(ClaimableTask<CustomerTable<T>> task, int rows) {
        this.task = task;
        this.replacedSince = new ReplacedRows(rows);
    }

    /** Hands {@code merge}, which reads a copy of the first {@code rows} customers, to {@code pool}. */
    static <T> BackgroundMerge<T> start(Supplier<CustomerTable<T>> merge, int rows, Executor pool) {
        return new BackgroundMerge<>(ClaimableTask.submit(merge, pool), rows);
    }

    /** Notes that {@code slot}'s customer changed after the copy. */
    void replaced(int slot) {
        replacedSince.mark(slot);
    }

    boolean isDone() {
        return task.isDone();
    }

    /**
     * The merged table: run on this thread if the pool has not started it, else awaited.
     *
     * @throws RuntimeException what the merge threw (an extractor's exception), or {@link Error}
     */
    CustomerTable<T> table() {
        return task.join();
    }

    /** The rows replaced since the copy; the caller may keep them. */
    ReplacedRows replacedSince() {
        return replacedSince;
    }
}
