package io.github.segmentkit.classifiers.geographic;

import io.github.segmentkit.api.attribute.AttributeKind;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.RuleFitted;
import io.github.segmentkit.classifiers.kit.Settings;
import io.github.segmentkit.classifiers.kit.SingleInputClassifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Point-in-polygon assignment to user-drawn territories, type {@value #TYPE}: the first territory (in declaration
 * order) containing the customer's point wins; boundary points count as inside ({@link Polygon#contains}). A point
 * in no territory gets {@code outside} when it is set, else {@value Label#UNCLASSIFIED}.
 *
 * <pre>{@code
 * Polygon square = Polygon.of(List.of(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 10), GeoPoint.of(10, 10),
 *         GeoPoint.of(10, 0))));
 * Territories territories = new Territories("home", "territory",
 *         List.of(new Territory("centre", List.of(square))), "elsewhere");
 * territories.fit(List.of()).apply(values);   // "centre" or "elsewhere"
 * // as data: {"input": "home", "outside": "elsewhere", "territories": [{"name": "centre",
 * //     "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}}]}
 * }</pre>
 *
 * @param input       the geo-point attribute
 * @param output      the derived attribute's name
 * @param territories at least one, distinct names
 * @param outside     the label of points in no territory, or null to leave them unclassified
 */
public record Territories(String input, String output, List<Territory> territories, String outside)
        implements SingleInputClassifier {
    /** The type name. */
    public static final String TYPE = "territory";

    public Territories {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        territories = List.copyOf(territories);
        if (territories.isEmpty()) {
            throw new IllegalArgumentException("need at least one territory");
        }
        Set<String> names = new HashSet<>();
        for (Territory territory : territories) {
            if (!names.add(territory.name()) || territory.name().equals(Label.UNCLASSIFIED)) {
                throw new IllegalArgumentException("territory '" + territory.name() + "' is named twice or reserved");
            }
        }
    }

    /**
     * Reads settings: {@code input} (required), {@code output} (default {@code territory}), {@code territories}
     * (list of {@code {name, geometry}} with a GeoJSON Polygon or MultiPolygon geometry as data), {@code outside}.
     */
    public static Territories fromSettings(Map<String, Object> values) {
        Settings settings = Settings.of(TYPE, values).allowOnly("input", "output", "territories", "outside");
        List<Territory> territories = new ArrayList<>();
        for (Settings territory : settings.objects("territories")) {
            territory.allowOnly("name", "geometry");
            String name = territory.string("name");
            if (!(territory.raw("geometry") instanceof Map<?, ?> geometry)) {
                throw territory.problem("geometry", "expected a GeoJSON geometry object");
            }
            try {
                territories.add(new Territory(name, GeoJsonGeometry.fromData(geometry)));
            } catch (IllegalArgumentException e) {
                throw territory.problem("geometry", e.getMessage());
            }
        }
        return settings.build("territories", () -> new Territories(
                settings.string("input"), settings.string("output", "territory"), territories,
                settings.string("outside", null)));
    }

    @Override
    public Set<AttributeKind> inputKinds() {
        return EnumSet.of(AttributeKind.GEO_POINT);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = inputOutputSettings();
        settings.put("territories", territories.stream().map(t -> Map.<String, Object>of("name", t.name(),
                "geometry", GeoJsonGeometry.toData(t.polygons()))).toList());
        if (outside != null) {
            settings.put("outside", outside);
        }
        return settings;
    }

    /** Fixed by the settings: the territories' names, and {@code outside} when set. */
    @Override
    public Optional<List<String>> possibleLabels() {
        return Optional.of(fit(List.of()).labels());
    }

    @Override
    public FittedClassifier fit(Iterable<? extends AttributeValues> population) {
        List<String> labels = new ArrayList<>(territories.stream().map(Territory::name).toList());
        if (outside != null) {
            labels.add(outside);
        }
        List<List<BoundedPolygon>> bounded = territories.stream()
                .map(t -> t.polygons().stream().map(BoundedPolygon::new).toList()).toList();
        return new RuleFitted(this, labels, customer -> GeoInputs.withPoint(customer, input, point -> {
            for (int t = 0; t < bounded.size(); t++) {
                for (BoundedPolygon polygon : bounded.get(t)) {
                    if (polygon.contains(point)) {
                        return Label.of(territories.get(t).name());
                    }
                }
            }
            return outside != null ? Label.of(outside) : Label.unclassified("point " + point
                    + " lies in no territory");
        }));
    }
}
