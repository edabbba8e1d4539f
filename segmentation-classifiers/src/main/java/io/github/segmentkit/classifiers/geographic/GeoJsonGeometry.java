package io.github.segmentkit.classifiers.geographic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.segmentkit.api.attribute.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GeoJSON (RFC 7946) {@code Polygon} and {@code MultiPolygon} geometries, given as JSON text or as the
 * equivalent data (maps and lists), and writes polygons back as data. Positions are {@code [longitude, latitude]};
 * a third value (altitude) is ignored. Anything else is rejected with an {@link IllegalArgumentException} naming
 * the offending part.
 *
 * <pre>{@code
 * List<Polygon> polygons = GeoJsonGeometry.parse(
 *         "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class GeoJsonGeometry {
    /** The most characters of GeoJSON text read. */
    public static final int MAX_TEXT_LENGTH = 50_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(MAX_TEXT_LENGTH).build());
    }

    private GeoJsonGeometry() {
    }

    /** The polygons of a GeoJSON Polygon or MultiPolygon geometry given as JSON text. */
    public static List<Polygon> parse(String json) {
        if (json.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("GeoJSON text of " + json.length() + " characters exceeds the limit of "
                    + MAX_TEXT_LENGTH);
        }
        try {
            return fromData(JSON.readValue(json, Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
    }

    /** The polygons of a GeoJSON Polygon or MultiPolygon geometry given as data. */
    public static List<Polygon> fromData(Map<?, ?> geometry) {
        Object type = geometry.get("type");
        Object coordinates = geometry.get("coordinates");
        if ("Polygon".equals(type)) {
            return List.of(polygon(coordinates, "coordinates"));
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> polygons = new ArrayList<>();
            List<?> parts = list(coordinates, "coordinates");
            for (int i = 0; i < parts.size(); i++) {
                polygons.add(polygon(parts.get(i), "coordinates[" + i + "]"));
            }
            return List.copyOf(polygons);
        }
        throw new IllegalArgumentException("geometry type " + type + " is not Polygon or MultiPolygon");
    }

    /** Polygons as a GeoJSON MultiPolygon geometry, as data. */
    public static Map<String, Object> toData(List<Polygon> polygons) {
        List<Object> coordinates = new ArrayList<>();
        for (Polygon polygon : polygons) {
            List<Object> rings = new ArrayList<>();
            for (List<GeoPoint> ring : polygon.rings()) {
                List<Object> positions = new ArrayList<>();
                for (GeoPoint point : ring) {
                    positions.add(List.of(point.longitude(), point.latitude()));
                }
                positions.add(List.of(ring.get(0).longitude(), ring.get(0).latitude()));
                rings.add(positions);
            }
            coordinates.add(rings);
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "MultiPolygon");
        geometry.put("coordinates", coordinates);
        return geometry;
    }

    private static Polygon polygon(Object coordinates, String where) {
        List<?> rings = list(coordinates, where);
        List<List<GeoPoint>> parsed = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            List<?> positions = list(rings.get(r), where + "[" + r + "]");
            List<GeoPoint> ring = new ArrayList<>();
            for (int p = 0; p < positions.size(); p++) {
                String at = where + "[" + r + "][" + p + "]";
                List<?> position = list(positions.get(p), at);
                if (position.size() < 2 || !(position.get(0) instanceof Number lon)
                        || !(position.get(1) instanceof Number lat)) {
                    throw new IllegalArgumentException(at + ": expected [longitude, latitude], got " + position);
                }
                try {
                    ring.add(GeoPoint.of(lat.doubleValue(), lon.doubleValue()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
                }
            }
            parsed.add(ring);
        }
        try {
            return Polygon.of(parsed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": expected an array, got " + value);
        }
        return list;
    }
}
