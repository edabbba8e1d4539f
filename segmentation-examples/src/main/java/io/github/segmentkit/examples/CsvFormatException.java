package io.github.segmentkit.examples;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A line of a data file that cannot be read, naming the file, line, column and offending value.
 *
 * <pre>{@code
 * // "marketing_campaign.csv, line 12, column 5 (Income): 'abc' is not a number"
 * }</pre>
 */
public final class CsvFormatException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String file, long line, int column, String columnName, String message) {
        super(file + ", line " + line + ", column " + column + " (" + columnName + "): " + message);
    }
}
