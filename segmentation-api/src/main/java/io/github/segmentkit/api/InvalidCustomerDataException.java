package io.github.segmentkit.api;

import java.util.OptionalLong;

/**
 * A customer whose data cannot be read: an extractor threw, or returned a value outside its attribute's domain (a
 * latitude of 91, say). The message names the row, the customer id when known, the attribute and the value. Rows
 * are 0-based positions in the input, and every message says so.
 *
 * <pre>{@code
 * segmenter.segment(customers);
 * // throws: "row 1204 (0-based), customer 88: attribute 'home': latitude 91.0 is outside [-90, 90]"
 * }</pre>
 */
public class InvalidCustomerDataException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    /** -1 when there is no row. */
    private final long row;
    private final String attribute;

    /**
     * A customer of a population that cannot be read.
     *
     * @param row       the customer's 0-based position in the input
     * @param customer  the customer's id, or {@code null} when the id itself could not be read
     * @param attribute the attribute being read, or {@code null} when the id failed
     * @param message   what is wrong, naming the value
     * @param cause     the extractor's exception, or {@code null}
     */
    public InvalidCustomerDataException(long row, String customer, String attribute, String message, Throwable cause) {
        super("row " + row + " (0-based)" + (customer == null ? "" : ", customer " + customer)
                + (attribute == null ? "" : ": attribute '" + attribute + "'") + ": " + message, cause);
        if (row < 0) {
            throw new IllegalArgumentException("a row is 0-based, got " + row);
        }
        this.row = row;
        this.attribute = attribute;
    }

    /**
     * One customer, read on its own (not at a position of an input), that cannot be read.
     *
     * @param customer  the customer's id, or {@code null} when it could not be read
     * @param attribute the attribute being read, or {@code null}
     * @param message   what is wrong, naming the value
     * @param cause     the extractor's exception, or {@code null}
     */
    public InvalidCustomerDataException(String customer, String attribute, String message, Throwable cause) {
        super((customer == null ? "the customer" : "customer " + customer)
                + (attribute == null ? "" : ": attribute '" + attribute + "'") + ": " + message, cause);
        this.row = -1;
        this.attribute = attribute;
    }

    /**
     * A customer that cannot be read, for subclasses that locate it their own way (a loader names the file, the
     * line and the column, say) and so write the whole message; {@link #row()} is empty.
     *
     * @param message   what is wrong and where, naming the value
     * @param attribute the attribute being read, or {@code null}
     * @param cause     the underlying exception, or {@code null}
     */
    protected InvalidCustomerDataException(String message, String attribute, Throwable cause) {
        super(message, cause);
        this.row = -1;
        this.attribute = attribute;
    }

    /** The 0-based position of the customer in the input; empty for a customer read on its own. */
    public OptionalLong row() {
        return row < 0 ? OptionalLong.empty() : OptionalLong.of(row);
    }

    /** The attribute being read, or {@code null} when the customer id itself failed. */
    public String attribute() {
        return attribute;
    }
}
