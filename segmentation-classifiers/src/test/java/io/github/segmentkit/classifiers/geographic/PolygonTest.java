package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolygonTest {
    /** A 10 x 10 square (lon 0..10, lat 0..10) with a 4 x 4 hole (lon 3..7, lat 3..7). */
    private static final String SQUARE_WITH_HOLE = "{\"type\": \"Polygon\", \"coordinates\": ["
            + "[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],"
            + "[[3, 3], [7, 3], [7, 7], [3, 7], [3, 3]]]}";

    private static boolean inside(Polygon polygon, double lat, double lon) {
        return polygon.contains(GeoPoint.of(lat, lon));
    }

    @Test
    void should_apply_even_odd_over_all_rings() {
        Polygon polygon = GeoJsonGeometry.parse(SQUARE_WITH_HOLE).get(0);
        assertThat(inside(polygon, 1, 1)).isTrue();
        assertThat(inside(polygon, 5, 5)).isFalse();     // in the hole
        assertThat(inside(polygon, 11, 5)).isFalse();
        assertThat(inside(polygon, 5, -0.001)).isFalse();
    }

    @Test
    void should_count_boundary_points_as_inside() {
        Polygon polygon = GeoJsonGeometry.parse(SQUARE_WITH_HOLE).get(0);
        assertThat(inside(polygon, 0, 5)).isTrue();      // bottom edge
        assertThat(inside(polygon, 10, 10)).isTrue();    // a vertex
        assertThat(inside(polygon, 5, 3)).isTrue();      // the hole's edge
        assertThat(inside(polygon, 3, 3)).isTrue();      // the hole's vertex
    }

    @Test
    void should_count_a_ray_through_a_vertex_once() {
        // a diamond: the ray from (lat 5, lon 0) eastwards passes exactly through the vertices (5, 5) and (5, 15)
        Polygon diamond = Polygon.of(List.of(List.of(GeoPoint.of(0, 10), GeoPoint.of(5, 15), GeoPoint.of(10, 10),
                GeoPoint.of(5, 5))));
        assertThat(inside(diamond, 5, 0)).isFalse();
        assertThat(inside(diamond, 5, 10)).isTrue();
        assertThat(inside(diamond, 5, 16)).isFalse();
    }

    @Test
    void should_assign_the_first_containing_territory_and_round_trip_as_data() {
        Map<String, Object> settings = Map.of("input", "home", "outside", "elsewhere", "territories", List.of(
                Map.of("name", "ring", "geometry", Map.of("type", "Polygon", "coordinates", List.of(
                        List.of(List.of(0, 0), List.of(10, 0), List.of(10, 10), List.of(0, 10)),
                        List.of(List.of(3, 3), List.of(7, 3), List.of(7, 7), List.of(3, 7))))),
                Map.of("name", "everything", "geometry", Map.of("type", "MultiPolygon", "coordinates", List.of(
                        List.of(List.of(List.of(-20, -20), List.of(20, -20), List.of(20, 20), List.of(-20, 20))))))));
        Territories territories = Territories.fromSettings(settings);
        FittedClassifier fitted = territories.fit(List.of());
        assertThat(fitted.apply(MapValues.of("home", GeoPoint.of(1, 1))).value()).isEqualTo("ring");
        assertThat(fitted.apply(MapValues.of("home", GeoPoint.of(5, 5))).value()).isEqualTo("everything");
        assertThat(fitted.apply(MapValues.of("home", GeoPoint.of(50, 5))).value()).isEqualTo("elsewhere");
        assertThat(ClassifierRegistry.create("territory", territories.settings())).isEqualTo(territories);
    }

    @Test
    void should_name_the_bad_part_of_a_geometry() {
        assertThatThrownBy(() -> GeoJsonGeometry.parse("{\"type\": \"Point\", \"coordinates\": [0, 0]}"))
                .hasMessageContaining("Point");
        assertThatThrownBy(() -> GeoJsonGeometry.parse("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 95],"
                + " [2, 0]]]}")).hasMessageContaining("coordinates[0][1]").hasMessageContaining("95");
        assertThatThrownBy(() -> GeoJsonGeometry.parse("{\"type\": ")).hasMessageContaining("not valid JSON");
    }
}
