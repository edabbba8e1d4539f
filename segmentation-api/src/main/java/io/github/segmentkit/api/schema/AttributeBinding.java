package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.Attribute;

/**
 * How one attribute is read from a customer object of type {@code T}. Engines read values through the typed
 * accessors of each subtype, which avoid boxing where the extractor allows; {@link #read} gives the value boxed
 * for simple evaluators.
 *
 * <pre>{@code
 * AttributeBinding<Customer> age = schema.binding("age");
 * Object value = age.read(customer);   // a Long, or null when missing
 * }</pre>
 *
 * @param <T> the customer type
 */
public sealed interface AttributeBinding<T>
        permits LongBinding, DoubleBinding, CategoricalBinding, BooleanBinding, DateBinding, TimestampBinding,
        TagsBinding, GeoPointBinding {

    /** The attribute bound. */
    Attribute attribute();

    /**
     * The customer's value, boxed and normalised: {@code null} when missing (NaN doubles included). Types: Long,
     * Double, String, Boolean, LocalDate, Instant, {@code Set<String>}, GeoPoint.
     */
    Object read(T customer);
}
