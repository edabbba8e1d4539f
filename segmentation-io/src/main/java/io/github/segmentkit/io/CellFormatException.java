package io.github.segmentkit.io;

import io.github.segmentkit.api.internal.SafeText;
import io.github.segmentkit.api.result.RejectedRow;
import java.util.Objects;

/**
 * A cell whose text is not a value of its column's kind, before anyone knows where the cell was: the
 * {@link CellConverter} and {@link CustomerMapping#toRecord} throw it, and a loader adds the source and the line,
 * turning it into an {@link InvalidCellException} (strict) or a {@link RejectedRow} (lenient) with
 * {@link #at(String, long)}.
 *
 * <pre>{@code
 * try {
 *     mapping.toRecord(cells::get);
 * } catch (CellFormatException e) {
 *     rejects.add(e.at("customers.csv", 7));
 * }
 * }</pre>
 */
public class CellFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final String attribute;
    private final String reason;

    /**
     * A bad cell.
     *
     * @param column    the column, or {@code null} when the problem is the row's (too few fields, say)
     * @param value     the cell's text, or {@code null} when there is none
     * @param attribute the attribute read from it, or {@code null} (the customer id)
     * @param reason    what is wrong, e.g. {@code not a whole number}
     */
    public CellFormatException(String column, String value, String attribute, String reason) {
        super(SafeText.escapeControls((column == null ? "" : "column '" + column + "'")
                + (value == null ? "" : (column == null ? "" : ", ") + "value '" + value + "'") + ": "
                + Objects.requireNonNull(reason, "reason")));
        this.column = column;
        this.value = value;
        this.attribute = attribute;
        this.reason = reason;
    }

    /** The column, or {@code null}. */
    public String column() {
        return column;
    }

    /** The cell's text, or {@code null}. */
    public String value() {
        return value;
    }

    /** The attribute the cell was read for, or {@code null} for the customer id or the whole row. */
    public String attribute() {
        return attribute;
    }

    /** What is wrong with the cell. */
    public String reason() {
        return reason;
    }

    /** This cell, placed at {@code line} of {@code source} (which may be {@code null}). */
    public RejectedRow at(String source, long line) {
        return new RejectedRow(source, line, column, value, reason);
    }
}
