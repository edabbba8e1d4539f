package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.DateAttribute;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
/**
 * Reads a {@link DateAttribute}: a calendar date.
 *
 * <pre>{@code
 * DateBinding<Customer> lastOrder = new DateBinding<>(LAST_ORDER, Customer::lastOrder);
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the value, or {@code null} when missing
 * @param <T>       the customer type
 */
public record DateBinding<T>(DateAttribute attribute, Function<? super T, ? extends LocalDate> extractor)
        implements AttributeBinding<T> {
    public DateBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public LocalDate read(T customer) {
        return extractor.apply(customer);
    }
}
