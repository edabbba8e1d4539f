package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.List;
import java.util.Objects;

/**
 * A named territory drawn by a user: one or more polygons (a GeoJSON Polygon or MultiPolygon).
 *
 * <pre>{@code
 * Territory north = new Territory("north", List.of(Polygon.of(List.of(List.of(GeoPoint.of(53, -3),
 *         GeoPoint.of(53, -2), GeoPoint.of(54, -2), GeoPoint.of(54, -3))))));
 * north.contains(GeoPoint.of(53.4, -2.2));   // true
 * }</pre>
 *
 * @param name     the label of customers inside it
 * @param polygons at least one polygon
 */
public record Territory(String name, List<Polygon> polygons) {
    public Territory {
        Objects.requireNonNull(name, "name");
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("territory '" + name + "' has no polygon");
        }
    }

    /** Whether {@code point} lies in (or on the boundary of) any of its polygons. */
    public boolean contains(GeoPoint point) {
        for (Polygon polygon : polygons) {
            if (polygon.contains(point)) {
                return true;
            }
        }
        return false;
    }
}
