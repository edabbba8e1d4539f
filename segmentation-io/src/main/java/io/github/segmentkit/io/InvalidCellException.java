package io.github.segmentkit.io;

import io.github.segmentkit.api.InvalidCustomerDataException;
import io.github.segmentkit.api.result.RejectedRow;
import java.util.Objects;

/**
 * A cell a strict load could not read, naming the source, the line, the column and the value, e.g.
 * {@code customers.csv, line 7, column 'age', value 'forty': not a whole number}. Control characters of the
 * input's text are written as Java-style escapes, never raw.
 *
 * <pre>{@code
 * try {
 *     tally.reject(cellError, 7);
 * } catch (InvalidCellException e) {
 *     rejects.add(e.rejectedRow());   // the same details a lenient load reports
 * }
 * }</pre>
 */
public class InvalidCellException extends InvalidCustomerDataException {
    private static final long serialVersionUID = 1L;

    private final RejectedRow rejectedRow;

    /**
     * The bad cell of {@code rejectedRow}.
     *
     * @param rejectedRow where and what
     * @param attribute   the attribute the cell was read for, or {@code null} (the id, or a whole-row problem)
     * @param cause       the underlying exception, or {@code null}
     */
    public InvalidCellException(RejectedRow rejectedRow, String attribute, Throwable cause) {
        super(Objects.requireNonNull(rejectedRow, "rejectedRow").toString(), attribute, cause);
        this.rejectedRow = rejectedRow;
    }

    /** Where the cell was and what is wrong with it, as a lenient load would report it. */
    public RejectedRow rejectedRow() {
        return rejectedRow;
    }

    /** The file or query, or {@code null} when the input has no name. */
    public String source() {
        return rejectedRow.source();
    }

    /** The 1-based line (or database row) of the bad cell. */
    public long line() {
        return rejectedRow.line();
    }

    /** The column of the bad cell, or {@code null} when the whole row is wrong. */
    public String column() {
        return rejectedRow.column();
    }

    /** The cell's text, or {@code null}. */
    public String value() {
        return rejectedRow.value();
    }

    /** What is wrong with the cell. */
    public String reason() {
        return rejectedRow.reason();
    }
}
