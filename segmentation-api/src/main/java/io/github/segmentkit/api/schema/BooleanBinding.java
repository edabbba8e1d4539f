package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.BooleanAttribute;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a {@link BooleanAttribute}: a yes/no flag.
 *
 * <pre>{@code
 * BooleanBinding<Customer> optedIn = new BooleanBinding<>(OPTED_IN, Customer::optedIn);
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the value, or {@code null} when missing
 * @param <T>       the customer type
 */
public record BooleanBinding<T>(BooleanAttribute attribute, Function<? super T, ? extends Boolean> extractor)
        implements AttributeBinding<T> {
    public BooleanBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Boolean read(T customer) {
        return extractor.apply(customer);
    }
}
