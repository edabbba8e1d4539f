package io.github.segmentkit.api.schema;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.attribute.GeoPointAttribute;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Reads a {@link GeoPointAttribute}: a latitude/longitude pair, either as a {@link GeoPoint} or, through
 * {@link #ofCoordinates}, as two doubles read without creating a point per customer.
 *
 * <pre>{@code
 * GeoPointBinding<Customer> home = new GeoPointBinding<>(HOME, c -> GeoPoint.of(c.lat(), c.lon()));
 * GeoPointBinding<Customer> same = GeoPointBinding.ofCoordinates(HOME, Customer::lat, Customer::lon);
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

    /**
     * A binding that reads the latitude and the longitude as two doubles; the point is missing when both are NaN.
     * Engines read such a binding with {@link #readInto} without allocating; {@link #read} and {@link #extractor()}
     * still give a {@link GeoPoint}.
     *
     * @param latitude  degrees north in [-90, 90], or NaN when the point is missing
     * @param longitude degrees east in [-180, 180], or NaN when the point is missing
     */
    public static <T> GeoPointBinding<T> ofCoordinates(GeoPointAttribute attribute,
            ToDoubleFunction<? super T> latitude, ToDoubleFunction<? super T> longitude) {
        return new GeoPointBinding<>(attribute, new Coordinates<>(Objects.requireNonNull(latitude, "latitude"),
                Objects.requireNonNull(longitude, "longitude")));
    }

    @Override
    public GeoPoint read(T customer) {
        return extractor.apply(customer);
    }

    /**
     * Writes the point's degrees into {@code latitudes[index]} and {@code longitudes[index]}, without creating a
     * {@link GeoPoint} when the binding was made by {@link #ofCoordinates}; returns {@code false} (and leaves both
     * arrays alone) when the point is missing.
     *
     * @throws IllegalArgumentException when a degree lies outside its range, or exactly one of the two is NaN
     */
    @SuppressWarnings("unchecked")
    public boolean readInto(T customer, double[] latitudes, double[] longitudes, int index) {
        if (extractor instanceof Coordinates<?> coordinates) {
            return ((Coordinates<T>) coordinates).readInto(customer, latitudes, longitudes, index);
        }
        GeoPoint point = extractor.apply(customer);
        if (point == null) {
            return false;
        }
        latitudes[index] = point.latitude();
        longitudes[index] = point.longitude();
        return true;
    }

    /** The two-double extractor behind {@link #ofCoordinates}; as a function it gives a point or {@code null}. */
    private record Coordinates<T>(ToDoubleFunction<? super T> latitude, ToDoubleFunction<? super T> longitude)
            implements Function<T, GeoPoint> {
        @Override
        public GeoPoint apply(T customer) {
            double lat = latitude.applyAsDouble(customer);
            double lon = longitude.applyAsDouble(customer);
            return isMissing(lat, lon) ? null : GeoPoint.of(lat, lon);
        }

        boolean readInto(T customer, double[] latitudes, double[] longitudes, int index) {
            double lat = latitude.applyAsDouble(customer);
            double lon = longitude.applyAsDouble(customer);
            // the range tests are GeoPoint's, so that both extractor kinds accept and refuse the same points
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                if (isMissing(lat, lon)) {
                    return false;
                }
                GeoPoint.of(lat, lon);   // throws, naming the degree out of range
            }
            latitudes[index] = lat;
            longitudes[index] = lon;
            return true;
        }

        private static boolean isMissing(double lat, double lon) {
            boolean latMissing = Double.isNaN(lat);
            if (latMissing != Double.isNaN(lon)) {
                throw new IllegalArgumentException("latitude " + lat + " with longitude " + lon
                        + ": a missing point has NaN in both, a known one in neither");
            }
            return latMissing;
        }
    }
}
