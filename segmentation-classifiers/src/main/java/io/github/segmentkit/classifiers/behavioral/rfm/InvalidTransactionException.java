package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A transaction line that cannot be read at all (not one that RFM merely drops, such as a cancellation): a missing
 * invoice number, an unparseable price or timestamp. The message names the line, the column and the value.
 *
 * <pre>{@code
 * // "line 42, column 'UnitPrice': not a number: '2,55'"
 * }</pre>
 */
public class InvalidTransactionException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String column;

    public InvalidTransactionException(long line, String column, String message) {
        super("line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + message);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line number (the header is line 1 in a file; the first transaction passed is 1 otherwise). */
    public long line() {
        return line;
    }

    /** The column involved, or {@code null}. */
    public String column() {
        return column;
    }
}
