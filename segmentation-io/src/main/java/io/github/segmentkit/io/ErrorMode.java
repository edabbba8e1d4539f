package io.github.segmentkit.io;

import io.github.segmentkit.api.result.RejectedRow;

/**
 * What a loader does with a row it cannot read: stop at the first bad cell, or set the row aside and go on.
 *
 * <pre>{@code
 * LoadTally tally = new LoadTally("customers.csv", ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);
 * }</pre>
 */
public enum ErrorMode {
    /** The first bad cell throws an {@link InvalidCellException} naming source, line, column and value. */
    STRICT,
    /**
     * A row with a bad cell is skipped and reported as a {@link RejectedRow} in the {@link LoadReport}, with the same
     * details the strict mode's exception gives; the load goes on.
     */
    LENIENT
}
