package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.attribute.GeoPoint;

/**
 * A latitude band and a longitude half-width (wrapping across the antimeridian) that contain every point whose
 * {@link GeoPoint#haversineKm haversine distance} from a centre is at most a radius. It is conservative: the radius
 * is inflated by a relative 10⁻⁹ plus 1 mm before the box is drawn and the box by another 10⁻⁹ degrees, far more
 * than the rounding error of the haversine formula, so the exact test that follows decides every boundary case.
 * Around the poles (the circle contains one) every longitude qualifies. The longitude half-width of a spherical
 * cap of angular radius δ centred at latitude φ is {@code asin(sin δ / cos φ)} (J. P. Matuschek, "Finding Points
 * Within a Distance of a Latitude/Longitude Using Bounding Coordinates", 2010).
 *
 * <pre>{@code
 * GeoBox box = GeoBox.around(GeoPoint.of(51.5074, -0.1278), 15);
 * box.mayContain(48.8566, 2.3522);   // false: Paris is 343 km away
 * }</pre>
 *
 * @param minLatitude   the southern edge, degrees
 * @param maxLatitude   the northern edge, degrees
 * @param longitude     the centre's longitude, degrees
 * @param maxLongitudeDelta the largest longitude difference, degrees; 180 or more means any
 */
record GeoBox(double minLatitude, double maxLatitude, double longitude, double maxLongitudeDelta) {
    private static final double SLACK = 1e-9;

    static GeoBox around(GeoPoint center, double km) {
        double radians = (km * (1 + SLACK) + 1e-6) / GeoPoint.EARTH_RADIUS_KM;
        if (!(radians < Math.PI / 2)) {
            return new GeoBox(-90, 90, center.longitude(), 360);
        }
        double latitudeDelta = Math.toDegrees(radians) * (1 + SLACK) + SLACK;
        double south = center.latitude() - latitudeDelta;
        double north = center.latitude() + latitudeDelta;
        if (south <= -90 || north >= 90) {
            return new GeoBox(south, north, center.longitude(), 360);
        }
        double ratio = Math.sin(radians) / Math.cos(Math.toRadians(center.latitude()));
        double longitudeDelta = ratio >= 1 ? 360 : Math.toDegrees(Math.asin(ratio)) * (1 + SLACK) + SLACK;
        return new GeoBox(south, north, center.longitude(), longitudeDelta);
    }

    /** Whether the point may lie within the radius; {@code false} only when it certainly does not. */
    boolean mayContain(double latitude, double longitude) {
        if (latitude < minLatitude || latitude > maxLatitude) {
            return false;
        }
        double delta = Math.abs(longitude - this.longitude);
        if (delta > 180) {
            delta = 360 - delta;
        }
        return delta <= maxLongitudeDelta;
    }
}
