package io.github.segmentkit.spark;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A DataFrame column a segment needs is absent or of a type its attribute cannot be read from. Raised when the
 * criteria are rendered, before any Spark job runs.
 *
 * <pre>{@code
 * try {
 *     segmenter.flags(customers);
 * } catch (SparkColumnException e) {
 *     e.attribute();   // "age"
 *     e.column();      // "age_years"
 * }
 * }</pre>
 */
public class SparkColumnException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String attribute;
    private final String column;

    /**
     * An exception about the column {@code column} that {@code attribute} is read from.
     *
     * @param attribute the attribute (or {@code "customer id"})
     * @param column    the DataFrame column
     * @param message   what is wrong, naming both
     */
    public SparkColumnException(String attribute, String column, String message) {
        super(message);
        this.attribute = attribute;
        this.column = column;
    }

    /** The attribute whose column is wrong. */
    public String attribute() {
        return attribute;
    }

    /** The DataFrame column. */
    public String column() {
        return column;
    }
}
