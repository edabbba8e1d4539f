package io.github.segmentkit.api.result;

import io.github.segmentkit.api.internal.SafeText;
import java.util.Objects;

/**
 * A row that could not be read or segmented: where it was, which cell, the cell's text and why. The one rejects type
 * of SegmentKit: every loader of {@code segmentation-io} (CSV files, database rows) reports its rejects with it, in a
 * load report when loading leniently and inside its exception when loading strictly.
 *
 * <pre>{@code
 * RejectedRow bad = new RejectedRow("customers.csv", 7, "age", "forty", "not a whole number");
 * bad.toString();   // "customers.csv, line 7, column 'age', value 'forty': not a whole number"
 * }</pre>
 *
 * @param source the file or query the row came from, or {@code null} when the input has no name
 * @param line   the 1-based line the row starts on (for a database, the 1-based row number)
 * @param column the column of the bad cell, or {@code null} when the whole row is wrong (too few fields, say)
 * @param value  the cell's text as read, or {@code null} when there is no cell; text longer than
 *               {@link #MAX_VALUE_LENGTH} characters is kept as its first {@value #MAX_VALUE_LENGTH} followed by
 *               an ellipsis, so that a report of many rejects stays small
 * @param reason what is wrong with it
 */
public record RejectedRow(String source, long line, String column, String value, String reason) {
    /** The most characters of a cell's text a reject keeps. */
    public static final int MAX_VALUE_LENGTH = 1000;

    public RejectedRow {
        if (line < 1) {
            throw new IllegalArgumentException("a line is 1-based, got " + line);
        }
        Objects.requireNonNull(reason, "reason");
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…";
        }
    }

    /**
     * Where and what, e.g. {@code customers.csv, line 7, column 'age', value 'forty': not a whole number}; control
     * characters of the file's text are escaped.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (source != null) {
            text.append(source).append(", ");
        }
        text.append("line ").append(line);
        if (column != null) {
            text.append(", column '").append(column).append('\'');
        }
        if (value != null) {
            text.append(", value '").append(value).append('\'');
        }
        return SafeText.escapeControls(text.append(": ").append(reason).toString());
    }
}
