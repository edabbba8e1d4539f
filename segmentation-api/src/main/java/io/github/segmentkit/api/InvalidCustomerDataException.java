package io.github.segmentkit.api;

/**
 * A customer whose data cannot be read: an extractor threw, or returned a value outside its attribute's domain (a
 * latitude of 91, say). The message names the row, the customer id when known, the attribute and the value.
 *
 * <pre>{@code
 * segmenter.segment(customers);
 * // throws: "row 1204, customer 88: attribute 'home': latitude 91.0 is outside [-90, 90]"
 * }</pre>
 */
public class InvalidCustomerDataException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final long row;
    private final String attribute;

    public InvalidCustomerDataException(long row, String customer, String attribute, String message, Throwable cause) {
        super("row " + row + (customer == null ? "" : ", customer " + customer)
                + (attribute == null ? "" : ": attribute '" + attribute + "'") + ": " + message, cause);
        this.row = row;
        this.attribute = attribute;
    }

    /** The 0-based position of the customer in the input. */
    public long row() {
        return row;
    }

    /** The attribute being read, or {@code null} when the customer id itself failed. */
    public String attribute() {
        return attribute;
    }
}
