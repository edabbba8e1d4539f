package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.TimestampAttribute;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
/**
 * Reads a {@link TimestampAttribute}: an instant.
 *
 * <pre>{@code
 * TimestampBinding<Customer> lastLogin = new TimestampBinding<>(LAST_LOGIN, Customer::lastLogin);
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the value, or {@code null} when missing
 * @param <T>       the customer type
 */
public record TimestampBinding<T>(TimestampAttribute attribute, Function<? super T, ? extends Instant> extractor)
        implements AttributeBinding<T> {
    public TimestampBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Instant read(T customer) {
        return extractor.apply(customer);
    }
}
