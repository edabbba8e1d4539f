package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.DoubleAttribute;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Reads a {@link DoubleAttribute}; NaN stands for a missing value.
 *
 * <pre>{@code
 * DoubleBinding<Customer> b = new DoubleBinding<>(INCOME, c -> c.income() == null ? Double.NaN : c.income());
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the value, or NaN when missing
 * @param <T>       the customer type
 */
public record DoubleBinding<T>(DoubleAttribute attribute, ToDoubleFunction<? super T> extractor)
        implements AttributeBinding<T> {
    public DoubleBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    /** The value; NaN when missing. */
    public double applyAsDouble(T customer) {
        try {
            return extractor.applyAsDouble(customer);
        } catch (NullPointerException e) {
            throw NullNumbers.explained(e, DoubleBinding.class);
        }
    }

    @Override
    public Double read(T customer) {
        double value = applyAsDouble(customer);
        return Double.isNaN(value) ? null : value;
    }
}
