package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.attribute.GeoPoint;

/**
 * The test {@code GeoPoint.haversineKm(point, center) <= km}, answered exactly as that expression answers it but
 * without an arcsine and a square root per point: a {@link GeoBox} rejects most points with a few comparisons, and
 * the rest compare their {@link GeoPoint#haversine haversine} {@code a} with the largest {@code a} whose
 * {@link GeoPoint#kmOfHaversine distance} is at most {@code km}, found once by bisection over the doubles. Since the
 * distance never decreases as {@code a} grows, {@code a <= maxHaversine} holds exactly when the distance is within
 * the radius, rounding included; the arcsine was most of the engine's time on a radius segment. The points of an
 * {@link InscribedBox}, certainly within the radius, skip the formula altogether. Used by the
 * columnar plan and by {@code classify}; internal to the engine.
 *
 * <pre>{@code
 * GeoRadius aroundLondon = GeoRadius.of(GeoPoint.of(51.5074, -0.1278), 400);
 * aroundLondon.contains(48.8566, 2.3522);   // true: Paris is 343.56 km away
 * }</pre>
 *
 * @param center       the centre
 * @param km           the radius, kilometres
 * @param box          the box that holds every point within the radius
 * @param inner        a box every point of which is within the radius
 * @param maxHaversine the largest {@code a} whose distance is at most {@code km}: +∞ when every distance is,
 *                     −1 when none is (a negative or NaN radius)
 */
public record GeoRadius(GeoPoint center, double km, GeoBox box, InscribedBox inner, double maxHaversine) {

    /** The points within {@code km} kilometres of {@code center}. */
    public static GeoRadius of(GeoPoint center, double km) {
        return new GeoRadius(center, km, GeoBox.around(center, km), InscribedBox.within(center, km),
                maxHaversineWithin(km));
    }

    /** Whether {@code GeoPoint.haversineKm(latitude, longitude, center) <= km}, bit for bit. */
    public boolean contains(double latitude, double longitude) {
        return inner.contains(latitude, longitude)
                || box.mayContain(latitude, longitude)
                && GeoPoint.haversine(latitude, longitude, center.latitude(), center.longitude()) <= maxHaversine;
    }

    /**
     * The largest {@code a ≥ 0} with {@code GeoPoint.kmOfHaversine(a) <= km}. The distance of any {@code a ≥ 1} is
     * that of 1 (the square root is capped at 1), so the answer lies in {@code [0, 1)} unless the distance of 1
     * (half the Earth's circumference) is itself within the radius. Non-negative doubles order as their bit
     * patterns do, so a bisection over the patterns ends on the exact double in at most 62 steps.
     */
    static double maxHaversineWithin(double km) {
        if (GeoPoint.kmOfHaversine(1.0) <= km) {
            return Double.POSITIVE_INFINITY;
        }
        if (!(GeoPoint.kmOfHaversine(0.0) <= km)) {
            return -1;
        }
        long within = Double.doubleToRawLongBits(0.0);
        long beyond = Double.doubleToRawLongBits(1.0);
        while (beyond - within > 1) {
            long middle = (within + beyond) >>> 1;
            if (GeoPoint.kmOfHaversine(Double.longBitsToDouble(middle)) <= km) {
                within = middle;
            } else {
                beyond = middle;
            }
        }
        return Double.longBitsToDouble(within);
    }
}
