package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.CategoricalAttribute;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a {@link CategoricalAttribute}: an exact, case-sensitive string.
 *
 * <pre>{@code
 * CategoricalBinding<Customer> country = new CategoricalBinding<>(COUNTRY, Customer::country);
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the value, or {@code null} when missing
 * @param <T>       the customer type
 */
public record CategoricalBinding<T>(CategoricalAttribute attribute, Function<? super T, ? extends String> extractor)
        implements AttributeBinding<T> {
    public CategoricalBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public String read(T customer) {
        return extractor.apply(customer);
    }
}
