package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.api.SegmentKitException;
import java.util.Optional;

/**
 * A transaction line that cannot be read at all (not one that RFM merely drops, such as a return): a missing
 * invoice number, a customer id that is not a whole number, an unparseable price or timestamp. The message names the
 * file (when known), the line, the column and the value.
 *
 * <pre>{@code
 * // "orders.csv, line 42, column 'UnitPrice': not a number: '2,55'"
 * }</pre>
 */
public class InvalidTransactionException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;

    /** A problem on {@code line} of {@code source} (a file name, or {@code null} when unknown). */
    public InvalidTransactionException(String source, long line, String column, String message) {
        super((source == null ? "" : source + ", ") + "line " + line
                + (column == null ? "" : ", column '" + column + "'") + ": " + message);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** A problem on {@code line} of an unnamed input. */
    public InvalidTransactionException(long line, String column, String message) {
        this(null, line, column, message);
    }

    /** The file (or other named input) read, when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
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
