package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.List;

/**
 * A polygon with its bounding box, so that the many customers far from a territory are rejected with four
 * comparisons instead of a walk over every edge. Boundary points lie inside the box, so the answer is exactly
 * {@link Polygon#contains}.
 *
 * <pre>{@code
 * BoundedPolygon bounded = new BoundedPolygon(polygon);
 * boolean same = bounded.contains(point) == polygon.contains(point);   // always true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class BoundedPolygon {
    private final Polygon polygon;
    private final double minLongitude;
    private final double maxLongitude;
    private final double minLatitude;
    private final double maxLatitude;

    BoundedPolygon(Polygon polygon) {
        this.polygon = polygon;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (List<GeoPoint> ring : polygon.rings()) {
            for (GeoPoint point : ring) {
                minLon = Math.min(minLon, point.longitude());
                maxLon = Math.max(maxLon, point.longitude());
                minLat = Math.min(minLat, point.latitude());
                maxLat = Math.max(maxLat, point.latitude());
            }
        }
        this.minLongitude = minLon;
        this.maxLongitude = maxLon;
        this.minLatitude = minLat;
        this.maxLatitude = maxLat;
    }

    boolean contains(GeoPoint point) {
        double x = point.longitude();
        double y = point.latitude();
        return x >= minLongitude && x <= maxLongitude && y >= minLatitude && y <= maxLatitude
                && polygon.contains(point);
    }
}
