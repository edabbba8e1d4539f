package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A polygon in the (longitude, latitude) plane: an outer ring and any number of holes, as in GeoJSON. Rings may be
 * closed (last point equal to the first) or not; they are closed implicitly.
 *
 * <p>Containment ({@link #contains}) follows {@code docs/classifiers.md} ("territory"): a point on any edge of any ring counts as inside; otherwise
 * the even–odd rule over all rings decides, so holes need no special handling. Per edge (i, j) a horizontal ray
 * toggles the state when {@code (yi > y) != (yj > y)} and {@code x < xi + (y − yi)(xj − xi)/(yj − yi)}: this
 * half-open test counts a vertex once and never toggles on a horizontal edge. The plane is flat: polygons crossing
 * the antimeridian must be split, and the test is not valid near the poles.
 *
 * <pre>{@code
 * Polygon square = Polygon.of(List.of(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 10), GeoPoint.of(10, 10),
 *         GeoPoint.of(10, 0))));
 * square.contains(GeoPoint.of(5, 5));    // true
 * square.contains(GeoPoint.of(0, 5));    // true: on the boundary
 * }</pre>
 *
 * @param rings the outer ring first, then holes; each with at least 3 distinct points
 */
public record Polygon(List<List<GeoPoint>> rings) {
    /** The most vertices one polygon may have. */
    public static final int MAX_VERTICES = 1_000_000;

    public Polygon {
        List<List<GeoPoint>> copy = new ArrayList<>();
        long vertices = 0;
        for (List<GeoPoint> ring : rings) {
            List<GeoPoint> points = List.copyOf(ring);
            if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
                points = points.subList(0, points.size() - 1);
            }
            if (points.size() < 3) {
                throw new IllegalArgumentException("a polygon ring needs at least 3 distinct points, got " + ring);
            }
            vertices += points.size();
            copy.add(List.copyOf(points));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs an outer ring");
        }
        if (vertices > MAX_VERTICES) {
            throw new IllegalArgumentException("a polygon may have at most " + MAX_VERTICES + " vertices, got "
                    + vertices);
        }
        rings = List.copyOf(copy);
    }

    /** A polygon of these rings. */
    public static Polygon of(List<List<GeoPoint>> rings) {
        return new Polygon(rings);
    }

    /** Whether {@code point} lies inside or on the boundary. */
    public boolean contains(GeoPoint point) {
        double x = point.longitude();
        double y = point.latitude();
        boolean inside = false;
        for (List<GeoPoint> ring : rings) {
            int n = ring.size();
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring.get(i).longitude();
                double yi = ring.get(i).latitude();
                double xj = ring.get(j).longitude();
                double yj = ring.get(j).latitude();
                if (onSegment(x, y, xi, yi, xj, yj)) {
                    return true;
                }
                if ((yi > y) != (yj > y) && x < xi + (y - yi) * (xj - xi) / (yj - yi)) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Exactly on the segment (zero cross product, within its bounding box), in double arithmetic. */
    private static boolean onSegment(double x, double y, double xi, double yi, double xj, double yj) {
        double cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
        return cross == 0 && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj)
                && y <= Math.max(yi, yj);
    }
}
