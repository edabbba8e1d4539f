package io.github.segmentkit.api.classify;

/**
 * One customer's attribute values, by attribute name, independent of the customer class: what a classifier reads.
 * A {@link io.github.segmentkit.api.schema.CustomerSchema} gives this view of any customer with
 * {@code schema.values(customer)}.
 *
 * <pre>{@code
 * AttributeValues values = schema.values(customer);
 * Double income = (Double) values.get("income");   // null when missing
 * }</pre>
 */
public interface AttributeValues {
    /** The customer's id. */
    long id();

    /**
     * The value of the named attribute, boxed and normalised as
     * {@link io.github.segmentkit.api.schema.AttributeBinding#read} does; {@code null} when missing.
     *
     * @throws IllegalArgumentException naming the attribute when it is not known
     */
    Object get(String attribute);
}
