package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import java.util.Objects;
import java.util.function.Function;
/**
 * Reads a {@link GeoPointAttribute}: a latitude/longitude pair.
 *
 * <pre>{@code
 * GeoPointBinding<Customer> home = new GeoPointBinding<>(HOME, c -> GeoPoint.of(c.lat(), c.lon()));
 * }</pre>
 *
 * @param attribute the attribute bound
 * @param extractor returns the value, or {@code null} when missing
 * @param <T>       the customer type
 */
public record GeoPointBinding<T>(GeoPointAttribute attribute, Function<? super T, ? extends GeoPoint> extractor)
        implements AttributeBinding<T> {
    public GeoPointBinding {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public GeoPoint read(T customer) {
        return extractor.apply(customer);
    }
}
