package io.github.segmentkit.classifiers.geographic;

/**
 * The store nearest to a point and its haversine distance.
 *
 * <pre>{@code
 * NearestStore nearest = index.nearest(GeoPoint.of(51.5, -0.12));
 * nearest.store().id();   // "soho"
 * nearest.km();           // 1.9: 1.51 km south and 1.14 km east of the store
 * }</pre>
 *
 * @param store the nearest store; among stores at exactly the same distance, the one listed first
 * @param km    its distance, {@link io.github.segmentkit.api.attribute.GeoPoint#haversineKm}
 */
public record NearestStore(Store store, double km) {
}
