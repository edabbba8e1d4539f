package io.github.segmentkit.core.plan;

import io.github.segmentkit.api.attribute.GeoPoint;

/**
 * A latitude and longitude box around a centre every point of which lies within a radius, with a margin far wider
 * than any rounding: a radius test answers TRUE for the points in it with four comparisons, without the sines and
 * cosines of the haversine formula, which took 9 % of the engine's time on the 20 benchmark segments (homes cluster
 * around city centres, so most points in a radius are well inside it). The box keeps clear of the poles and the
 * antimeridian (its longitudes never wrap); it is {@link #NONE} (holds no point) for a radius under 10 m or of the
 * Earth's radius and more, and for a centre so near a pole or the antimeridian that no shrunk box keeps clear.
 *
 * <p>Why it is safe. On such a box the haversine distance from the centre is largest at a corner: for a fixed
 * latitude it grows with the longitude difference (up to 180°), and along a meridian, a great circle, it grows with
 * the arc from the meridian's nearest point. The box is drawn as the square inscribed in the circle on a local flat
 * map, then shrunk until each corner's distance is at most {@code km·(1 − 10⁻⁶) − 1 mm}; the comparisons' rounding
 * (about 10⁻¹⁴ degrees, a micrometre) and the formula's (relative 10⁻¹³) stay far inside that margin, so every point
 * {@link #contains} accepts has {@code GeoPoint.haversineKm(point, center) <= km}, as the reference evaluator computes
 * it. Used by {@link GeoRadius}; internal to the engine.
 *
 * <pre>{@code
 * InscribedBox box = InscribedBox.within(GeoPoint.of(52.52, 13.405), 50);
 * box.contains(52.60, 13.50);   // true: 11 km from the centre, no trigonometry
 * box.contains(52.90, 13.405);  // false: 42 km away, outside the box (the radius test decides it)
 * }</pre>
 *
 * @param latitude          the centre's latitude, degrees
 * @param longitude         the centre's longitude, degrees
 * @param maxLatitudeDelta  the half-height, degrees; negative for {@link #NONE}
 * @param maxLongitudeDelta the half-width, degrees; negative for {@link #NONE}
 */
public record InscribedBox(double latitude, double longitude, double maxLatitudeDelta, double maxLongitudeDelta) {
    /** The box that holds no point. */
    public static final InscribedBox NONE = new InscribedBox(0, 0, -1, -1);
    private static final double SMALLEST_KM = 0.01;
    private static final double RELATIVE_MARGIN = 1e-6;
    private static final double ABSOLUTE_MARGIN_KM = 1e-6;
    private static final int SHRINKS = 400;

    /** The box within {@code km} of {@code center}, or {@link #NONE}. */
    public static InscribedBox within(GeoPoint center, double km) {
        if (!(km >= SMALLEST_KM && km < GeoPoint.EARTH_RADIUS_KM)) {
            return NONE;
        }
        double limit = km * (1 - RELATIVE_MARGIN) - ABSOLUTE_MARGIN_KM;
        double latitudeDelta = Math.toDegrees(km / GeoPoint.EARTH_RADIUS_KM / Math.sqrt(2));
        for (int shrink = 0; shrink < SHRINKS; shrink++, latitudeDelta *= 0.99) {
            double south = center.latitude() - latitudeDelta;
            double north = center.latitude() + latitudeDelta;
            if (south <= -89 || north >= 89) {
                continue;
            }
            // east-west distances are longest on the edge nearer the equator, where a degree of longitude is longest
            double equatorward = south <= 0 && north >= 0 ? 0 : Math.min(Math.abs(south), Math.abs(north));
            double longitudeDelta = latitudeDelta / Math.cos(Math.toRadians(equatorward));
            double west = center.longitude() - longitudeDelta;
            double east = center.longitude() + longitudeDelta;
            if (west <= -180 || east >= 180) {
                continue;
            }
            if (corner(center, south, west) <= limit && corner(center, south, east) <= limit
                    && corner(center, north, west) <= limit && corner(center, north, east) <= limit) {
                return new InscribedBox(center.latitude(), center.longitude(), latitudeDelta, longitudeDelta);
            }
        }
        return NONE;
    }

    private static double corner(GeoPoint center, double latitude, double longitude) {
        return GeoPoint.haversineKm(latitude, longitude, center.latitude(), center.longitude());
    }

    /** Whether the point is in the box, hence certainly within the radius; {@code false} says nothing. */
    public boolean contains(double pointLatitude, double pointLongitude) {
        return Math.abs(pointLatitude - latitude) <= maxLatitudeDelta
                && Math.abs(pointLongitude - longitude) <= maxLongitudeDelta;
    }
}
