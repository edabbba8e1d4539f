package io.github.segmentkit.io;

import io.github.segmentkit.api.result.RejectedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bookkeeping every loader shares: counts rows read, loaded and rejected, applies the {@link ErrorMode} to a bad
 * row (throw or set aside), enforces the {@link LoadLimits} and calls the {@link LoadProgress}. A loader calls
 * {@link #rowRead(long)} for each data row, then either {@link #loaded()} or {@link #reject}, and
 * {@link #finish()} at the end.
 *
 * <pre>{@code
 * LoadTally tally = new LoadTally("customers", ErrorMode.LENIENT, LoadLimits.DEFAULTS, LoadProgress.NONE);
 * long line = 0;
 * for (Map<String, String> row : rows) {
 *     tally.rowRead(++line);
 *     try {
 *         sink.accept(mapping.toRecord(row::get));
 *         tally.loaded();
 *     } catch (CellFormatException e) {
 *         tally.reject(e, line);
 *     }
 * }
 * LoadReport report = tally.finish();
 * }</pre>
 *
 * <p>Not thread-safe: one tally per load.
 */
public final class LoadTally {
    private final String source;
    private final ErrorMode mode;
    private final LoadLimits limits;
    private final LoadProgress progress;
    private final List<RejectedRow> rejected = new ArrayList<>();
    private long read;
    private long loaded;

    /**
     * A tally for one load.
     *
     * @param source   the file or query named in rejects and errors, or {@code null}
     * @param mode     what a bad row does
     * @param limits   the limits enforced
     * @param progress told every {@link LoadProgress#INTERVAL} rows and at the end
     */
    public LoadTally(String source, ErrorMode mode, LoadLimits limits, LoadProgress progress) {
        this.source = source;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The source named in rejects and errors, or {@code null}. */
    public String source() {
        return source;
    }

    /** The limits enforced. */
    public LoadLimits limits() {
        return limits;
    }

    /**
     * Counts one more data row, starting on {@code line}.
     *
     * @throws LoadLimitExceededException when the row is one more than {@link LoadLimits#maxRows()}
     */
    public void rowRead(long line) {
        if (read == limits.maxRows()) {
            throw new LoadLimitExceededException(source, line, "more than " + limits.maxRows()
                    + " rows (LoadLimits.maxRows)");
        }
        read++;
    }

    /**
     * Checks one cell's length against {@link LoadLimits#maxFieldLength()}.
     *
     * @throws LoadLimitExceededException naming the column when the cell is longer
     */
    public void checkField(long line, String column, String value) {
        if (value != null && value.length() > limits.maxFieldLength()) {
            throw new LoadLimitExceededException(source, line, "column '" + column + "' has " + value.length()
                    + " characters, more than the limit of " + limits.maxFieldLength()
                    + " (LoadLimits.maxFieldLength)");
        }
    }

    /** The row last counted was turned into a customer. */
    public void loaded() {
        loaded++;
        afterRow();
    }

    /**
     * The row last counted, starting on {@code line}, has a bad cell: a strict load throws, a lenient one sets the
     * row aside.
     *
     * @throws InvalidCellException       in {@link ErrorMode#STRICT} mode
     * @throws LoadLimitExceededException when a lenient load sets aside more than
     *                                    {@link LoadLimits#maxRejectedRows()} rows
     */
    public void reject(CellFormatException bad, long line) {
        reject(bad.at(source, line), bad.attribute(), bad);
    }

    /**
     * The row last counted is bad for the reason {@code row} gives (see {@link #reject(CellFormatException, long)}).
     *
     * @param attribute the attribute read from the cell, or {@code null}
     * @param cause     the underlying exception, or {@code null}
     */
    public void reject(RejectedRow row, String attribute, Throwable cause) {
        Objects.requireNonNull(row, "row");
        if (mode == ErrorMode.STRICT) {
            throw new InvalidCellException(row, attribute, cause);
        }
        if (rejected.size() == limits.maxRejectedRows()) {
            throw new LoadLimitExceededException(source, row.line(), "more than " + limits.maxRejectedRows()
                    + " rejected rows (LoadLimits.maxRejectedRows); the latest: " + row);
        }
        rejected.add(row);
        afterRow();
    }

    private void afterRow() {
        if (read % LoadProgress.INTERVAL == 0) {
            progress.update(read, loaded, rejected.size());
        }
    }

    /**
     * The report of the load, after a last progress call.
     *
     * @throws IllegalStateException when a row counted read was neither loaded nor rejected
     */
    public LoadReport finish() {
        if (read != loaded + rejected.size()) {
            throw new IllegalStateException(read + " rows read but " + loaded + " loaded and " + rejected.size()
                    + " rejected: a loader did not settle every row");
        }
        progress.update(read, loaded, rejected.size());
        return new LoadReport(source, read, loaded, rejected);
    }
}
