package io.github.segmentkit.api.attribute;

/**
 * A point on the Earth in WGS84 degrees. Latitude must lie in [-90, 90] and longitude in [-180, 180]; NaN is rejected.
 *
 * <p>Distances use the haversine formula on a sphere of radius {@value #EARTH_RADIUS_KM} km (the IUGG mean radius),
 * which is within 0.56 % of the WGS84 geodesic everywhere. Every engine computes distances with
 * {@link #haversineKm(double, double, double, double)}, so that they agree exactly.
 *
 * <pre>{@code
 * GeoPoint london = GeoPoint.of(51.5074, -0.1278);
 * GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
 * london.distanceKm(paris);   // 343.5565…
 * }</pre>
 *
 * @param latitude  degrees north, in [-90, 90]
 * @param longitude degrees east, in [-180, 180]
 */
public record GeoPoint(double latitude, double longitude) {
    /** The IUGG mean Earth radius R1, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is outside [-90, 90]");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is outside [-180, 180]");
        }
    }

    /** The point at {@code latitude}, {@code longitude}. */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /** The great-circle distance to {@code other}, in kilometres. */
    public double distanceKm(GeoPoint other) {
        return haversineKm(latitude, longitude, other.latitude, other.longitude);
    }

    /**
     * The haversine distance in kilometres between two points given in degrees:
     * {@code a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)}, {@code d = 2R·asin(min(1, √a))}. The longitude difference
     * needs no wrapping: {@code sin²} is periodic. Equal to {@code kmOfHaversine(haversine(lat1, lon1, lat2, lon2))}.
     */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return kmOfHaversine(haversine(lat1, lon1, lat2, lon2));
    }

    /**
     * The first half of {@link #haversineKm}: {@code a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)}, the haversine of the
     * central angle between two points given in degrees, at least 0 (it may exceed 1 by a rounding error for
     * antipodal points). A radius test over many points can compare {@code a} with the largest {@code a} whose
     * {@link #kmOfHaversine distance} is within the radius, found once, instead of taking an arcsine per point: the
     * distance never decreases as {@code a} grows, so both tests give the same answer.
     *
     * <pre>{@code
     * double a = GeoPoint.haversine(51.5074, -0.1278, 48.8566, 2.3522);   // London, Paris
     * GeoPoint.kmOfHaversine(a);                                          // 343.5565…
     * }</pre>
     */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        return sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
    }

    /**
     * The second half of {@link #haversineKm}: the distance in kilometres of a {@link #haversine} {@code a},
     * {@code 2R·asin(min(1, √a))}. It never decreases as {@code a} grows ({@code sqrt} is correctly rounded,
     * {@code Math.asin} is specified semi-monotonic, and a product with a positive constant keeps the order).
     */
    public static double kmOfHaversine(double haversine) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(haversine)));
    }

    @Override
    public String toString() {
        return "(" + latitude + ", " + longitude + ")";
    }
}
