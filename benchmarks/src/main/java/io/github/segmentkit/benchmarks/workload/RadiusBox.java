package io.github.segmentkit.benchmarks.workload;

import io.github.segmentkit.api.attribute.GeoPoint;

/**
 * A latitude/longitude box that contains every point within a radius of a centre (with 1 % to spare), for peers that
 * prefilter by indexed or min/max-skippable coordinates before computing the exact distance. Valid away from the
 * poles and the antimeridian, which is where the benchmark's centre is.
 *
 * <pre>{@code
 * RadiusBox box = RadiusBox.around(BenchSegments.BERLIN, 50);
 * }</pre>
 *
 * @param minLatitude  southern edge, degrees
 * @param maxLatitude  northern edge, degrees
 * @param minLongitude western edge, degrees
 * @param maxLongitude eastern edge, degrees
 */
public record RadiusBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    /** The box around {@code center} holding every point within {@code km}. */
    public static RadiusBox around(GeoPoint center, double km) {
        double latMargin = km / Math.toRadians(GeoPoint.EARTH_RADIUS_KM) * 1.01;
        double lonMargin = latMargin / Math.cos(Math.toRadians(Math.abs(center.latitude()) + latMargin));
        return new RadiusBox(center.latitude() - latMargin, center.latitude() + latMargin,
                center.longitude() - lonMargin, center.longitude() + lonMargin);
    }
}
