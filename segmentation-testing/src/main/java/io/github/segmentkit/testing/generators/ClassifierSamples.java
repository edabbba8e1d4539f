package io.github.segmentkit.testing.generators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sample configuration (settings as data) of every built-in classifier type, over the attributes of
 * {@link TestCustomers}; a name {@code "type:variant"} marks a second sample of the same type.
 *
 * <pre>{@code
 * ClassifierSamples.byName().forEach((name, settings) ->
 *         ClassifierRegistry.create(ClassifierSamples.type(name), settings));
 * }</pre>
 */
public final class ClassifierSamples {
    private ClassifierSamples() {
    }

    /** The samples by name, in a fixed order. */
    public static Map<String, Map<String, Object>> byName() {
        Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
        samples.put("rfm", Map.of("recency", "age", "frequency", "age", "monetary", "income"));
        samples.put("purchase-frequency", Map.of("input", "age", "edges", List.of(1, 3, 10),
                "labels", List.of("none", "occasional", "regular", "frequent")));
        samples.put("engagement", Map.of("inputs", List.of("age", "income"), "weights", List.of("1", "2"),
                "missingAsZero", true));
        samples.put("kmeans", Map.of("inputs", List.of("age", "income"), "k", 2, "seed", 7));
        samples.put("age-band", Map.of("age", "age"));
        samples.put("age-band:dates", Map.of("birthDate", "last_order", "referenceDate", "2024-03-31",
                "edges", List.of(0, 1, 100)));
        samples.put("generation", Map.of("input", "last_order"));
        samples.put("income-band", Map.of("input", "income", "edges", List.of(0, 10_000, 52_000)));
        samples.put("income-band:quantiles", Map.of("input", "income", "quantiles", 4));
        samples.put("life-stage", Map.of("age", "age", "maritalStatus", "country", "youngChildren", "income"));
        samples.put("family-size", Map.of("inputs", List.of("age"), "plus", 1));
        samples.put("mapping", Map.of("input", "country", "mapping", Map.of("پاکستان", "south_asia",
                "తెలంగాణ", "south_asia", "US", "americas", "CA", "americas", "", "blank"), "default", "rest"));
        samples.put("persona", Map.of("items", List.of(Map.of("id", "age", "min", 0, "max", 100),
                Map.of("id", "income", "min", 0, "max", 100_000, "reversed", true)), "personas", List.of(
                Map.of("name", "young_rich", "centroid", List.of(0.2, 0.1)),
                Map.of("name", "old_poor", "centroid", List.of(0.8, 0.9))), "maxDistance", 0.9));
        samples.put("interest-score", Map.of("input", "interests", "profiles", List.of(
                Map.of("name", "outdoors", "weights", Map.of("hiking", 1, "camping", 0.5)),
                Map.of("name", "books", "weights", Map.of("کتابیں", 1, "క్రికెట్", 1)))));
        samples.put("country-region", Map.of("input", "country", "level", "sub-region"));
        samples.put("store-distance", Map.of("input", "home", "edgesKm", List.of(1, 500, 5000), "stores", List.of(
                Map.of("id", "london", "latitude", 51.5074, "longitude", -0.1278),
                Map.of("id", "karachi", "latitude", 24.8607, "longitude", 67.0011),
                Map.of("id", "dateline", "latitude", 0, "longitude", 179.9))));
        samples.put("territory", Map.of("input", "home", "territories", List.of(Map.of("name", "box", "geometry",
                Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(-10, 40), List.of(10, 40),
                        List.of(10, 60), List.of(-10, 60))))))));
        samples.put("geohash", Map.of("input", "home", "precision", 3));
        samples.put("urbanicity", Map.of("input", "income"));
        return samples;
    }

    /** The classifier type of a sample name. */
    public static String type(String sampleName) {
        int colon = sampleName.indexOf(':');
        return colon < 0 ? sampleName : sampleName.substring(0, colon);
    }
}
