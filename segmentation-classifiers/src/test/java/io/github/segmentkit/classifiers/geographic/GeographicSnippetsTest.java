package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The javadoc examples of {@code classifiers.geographic}, compiled and run in the package of their classes. Expected
 * regions come from the UN M49 table, geohashes from published values (Wikipedia's "Geohash" article, and the
 * commonly quoted cells of London and Paris), distances from the haversine formula worked by hand. Checked by
 * {@code JavadocExamplesTest}.
 */
class GeographicSnippetsTest {
    private static final GeoPoint LONDON = GeoPoint.of(51.5074, -0.1278);
    private static final GeoPoint PARIS = GeoPoint.of(48.8566, 2.3522);

    /** The 10 by 10 degree square of the polygon examples. */
    private final Polygon polygon = Polygon.of(List.of(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 10),
            GeoPoint.of(10, 10), GeoPoint.of(10, 0))));

    @Test
    void should_answer_as_the_polygon_inside_and_outside_its_box() {
        for (GeoPoint point : List.of(GeoPoint.of(5, 5), GeoPoint.of(0, 5), GeoPoint.of(11, 5), GeoPoint.of(-1, -1))) {
            // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/BoundedPolygon.java
            BoundedPolygon bounded = new BoundedPolygon(polygon);
            boolean same = bounded.contains(point) == polygon.contains(point);   // always true

            assertThat(same).as("%s", point).isTrue();
        }
        assertThat(new BoundedPolygon(polygon).contains(GeoPoint.of(11, 5))).isFalse();
    }

    @Test
    void should_create_country_regions_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/CountryRegionProvider.java
        ClassifierRegistry.create("country-region", Map.of("input", "country", "level", "sub-region"));

        Classifier created = ClassifierRegistry.create("country-region",
                Map.of("input", "country", "level", "sub-region"));
        assertThat(created.fit(List.of()).apply(MapValues.of("country", "FR"))).isEqualTo(Label.of("Western Europe"));
    }

    @Test
    void should_map_a_country_to_its_m49_region() {
        AttributeValues values = MapValues.of("country", "FR");

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/CountryRegions.java
        CountryRegions regions = new CountryRegions("country", "region", CountryRegions.Level.REGION, false);
        regions.fit(List.of()).apply(values);   // "FR" -> "Europe"

        assertThat(regions.fit(List.of()).apply(values)).isEqualTo(Label.of("Europe"));
    }

    @Test
    void should_apply_a_rule_to_a_point_or_say_why_there_is_none() {
        AttributeValues customer = MapValues.of("home", LONDON);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/GeoInputs.java
        GeoInputs.withPoint(customer, "home", point -> Label.of("x"));   // unclassified when home is missing

        assertThat(GeoInputs.withPoint(customer, "home", point -> Label.of("x"))).isEqualTo(Label.of("x"));
        assertThat(GeoInputs.withPoint(MapValues.of(), "home", point -> Label.of("x")))
                .isEqualTo(Label.unclassified("'home' is missing"));
    }

    @Test
    void should_read_a_geojson_polygon() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/GeoJsonGeometry.java
        List<Polygon> polygons = GeoJsonGeometry.parse(
                "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}");

        assertThat(polygons).hasSize(1);
        assertThat(polygons.get(0).contains(GeoPoint.of(5, 5))).isTrue();
        assertThat(polygons.get(0).contains(GeoPoint.of(5, 11))).isFalse();
    }

    @Test
    void should_encode_the_published_geohashes() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/Geohash.java
        Geohash.encode(57.64911, 10.40744, 11);   // "u4pruydqqvj"
        Geohash.encode(42.6, -5.6, 5);            // "ezs42"

        assertThat(Geohash.encode(57.64911, 10.40744, 11)).isEqualTo("u4pruydqqvj");
        assertThat(Geohash.encode(42.6, -5.6, 5)).isEqualTo("ezs42");
    }

    @Test
    void should_learn_the_cells_of_the_population() {
        List<MapValues> population = List.of(MapValues.of("home", LONDON), MapValues.of("home", PARIS),
                MapValues.of("home", null));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/GeohashCells.java
        GeohashCells cells = new GeohashCells("home", "geohash5", 5, List.of());
        FittedClassifier fitted = cells.fit(population);   // homes in London and Paris: cells [gcpvj, u09tv]

        assertThat(fitted.parameters()).isEqualTo(Map.of("formatVersion", 1L, "cells", List.of("gcpvj", "u09tv")));
    }

    @Test
    void should_restore_learned_cells_by_type_name() {
        GeohashCells cells = new GeohashCells("home", "geohash5", 5, List.of());
        FittedClassifier fitted = cells.fit(List.of(MapValues.of("home", LONDON)));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/GeohashProvider.java
        FittedClassifier again = ClassifierRegistry.restore("geohash", cells.settings(), fitted.parameters());

        assertThat(again.apply(MapValues.of("home", LONDON))).isEqualTo(Label.of("gcpvj"));
        assertThat(again.apply(MapValues.of("home", PARIS))).isEqualTo(Label.of("other"));
    }

    @Test
    void should_find_the_m49_entry_of_a_country() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/M49Entry.java
        M49Entry gb = M49Table.standard().find("GB").orElseThrow();
        gb.regionName();      // "Europe"
        gb.subRegionCode();   // "154"

        assertThat(gb.regionName()).isEqualTo("Europe");
        assertThat(gb.subRegionCode()).isEqualTo("154");   // Northern Europe

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/M49Table.java
        M49Table.standard().find("JP").map(M49Entry::subRegionName);   // Optional[Eastern Asia]

        assertThat(M49Table.standard().find("JP").map(M49Entry::subRegionName)).hasValue("Eastern Asia");
    }

    @Test
    void should_find_the_nearest_store_and_its_distance() {
        NearestStoreIndex index = NearestStoreIndex.of(List.of(new Store("mayfair", GeoPoint.of(51.51, -0.1458)),
                new Store("soho", GeoPoint.of(51.5136, -0.1365))));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/NearestStore.java
        NearestStore nearest = index.nearest(GeoPoint.of(51.5, -0.12));
        nearest.store().id();   // "soho"
        nearest.km();           // 1.9: 1.51 km south and 1.14 km east of the store

        assertThat(nearest.store().id()).isEqualTo("soho");
        // 0.0136 degrees of latitude and 0.0165 of longitude at cos(51.5 degrees) = 0.6225, 111.19 km a degree
        double north = 0.0136 * 111.195;
        double east = 0.0165 * 111.195 * Math.cos(Math.toRadians(51.5068));
        assertThat(nearest.km()).isCloseTo(Math.hypot(north, east), within(0.001));
        assertThat(nearest.km()).isCloseTo(1.9, within(0.01));
    }

    @Test
    void should_find_the_nearest_of_many_stores() {
        List<Store> stores = List.of(new Store("paris", PARIS), new Store("london", LONDON));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/NearestStoreIndex.java
        NearestStoreIndex index = NearestStoreIndex.of(stores);
        NearestStore nearest = index.nearest(GeoPoint.of(48.85, 2.35));

        assertThat(nearest.store().id()).isEqualTo("paris");
    }

    @Test
    void should_count_boundary_points_as_inside() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/Polygon.java
        Polygon square = Polygon.of(List.of(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 10), GeoPoint.of(10, 10),
                GeoPoint.of(10, 0))));
        square.contains(GeoPoint.of(5, 5));    // true
        square.contains(GeoPoint.of(0, 5));    // true: on the boundary

        assertThat(square.contains(GeoPoint.of(5, 5))).isTrue();
        assertThat(square.contains(GeoPoint.of(0, 5))).isTrue();
        assertThat(square.contains(GeoPoint.of(-0.001, 5))).isFalse();
    }

    @Test
    void should_band_the_distance_to_the_nearest_store() {
        // 0.09 degrees of latitude due north of the store: 0.09 * 111.195 = 10.0 km
        AttributeValues values = MapValues.of("home", GeoPoint.of(51.6036, -0.1365));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/Store.java
        Store soho = new Store("soho", GeoPoint.of(51.5136, -0.1365));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/StoreDistanceBands.java
        StoreDistanceBands bands = new StoreDistanceBands("home", "store_distance",
                List.of(new Store("soho", GeoPoint.of(51.5136, -0.1365))), StoreDistanceBands.DEFAULT_EDGES_KM, null);
        bands.fit(List.of()).apply(values);   // e.g. "5-15km"

        assertThat(bands.stores()).containsExactly(soho);
        assertThat(bands.fit(List.of()).apply(values)).isEqualTo(Label.of("5-15km"));
    }

    @Test
    void should_create_store_distance_bands_by_type_name() {
        List<Map<String, Object>> stores = List.of(Map.of("id", "soho", "latitude", 51.5136, "longitude", -0.1365));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/StoreDistanceProvider.java
        ClassifierRegistry.create("store-distance", Map.of("input", "home", "stores", stores));

        Classifier created = ClassifierRegistry.create("store-distance", Map.of("input", "home", "stores", stores));
        assertThat(created.fit(List.of()).apply(MapValues.of("home", GeoPoint.of(51.5136, -0.1365))))
                .isEqualTo(Label.of("0-5km"));
    }

    @Test
    void should_assign_the_territory_containing_the_point() {
        AttributeValues values = MapValues.of("home", GeoPoint.of(5, 5));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/Territories.java
        Polygon square = Polygon.of(List.of(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 10), GeoPoint.of(10, 10),
                GeoPoint.of(10, 0))));
        Territories territories = new Territories("home", "territory",
                List.of(new Territory("centre", List.of(square))), "elsewhere");
        territories.fit(List.of()).apply(values);   // "centre" or "elsewhere"
        // as data: {"input": "home", "outside": "elsewhere", "territories": [{"name": "centre",
        //     "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]}}]}

        assertThat(territories.fit(List.of()).apply(values)).isEqualTo(Label.of("centre"));
        assertThat(territories.fit(List.of()).apply(MapValues.of("home", GeoPoint.of(20, 5))))
                .isEqualTo(Label.of("elsewhere"));
        Map<String, Object> geometry = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(0, 0), List.of(10, 0), List.of(10, 10), List.of(0, 10), List.of(0, 0))));
        Territories asData = Territories.fromSettings(Map.of("input", "home", "outside", "elsewhere",
                "territories", List.of(Map.of("name", "centre", "geometry", geometry))));
        assertThat(asData.fit(List.of()).apply(values)).isEqualTo(Label.of("centre"));
        assertThat(asData.fit(List.of()).apply(MapValues.of("home", GeoPoint.of(20, 5))))
                .isEqualTo(Label.of("elsewhere"));
    }

    @Test
    void should_contain_the_points_of_its_polygons() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/Territory.java
        Territory north = new Territory("north", List.of(Polygon.of(List.of(List.of(GeoPoint.of(53, -3),
                GeoPoint.of(53, -2), GeoPoint.of(54, -2), GeoPoint.of(54, -3))))));
        north.contains(GeoPoint.of(53.4, -2.2));   // true

        assertThat(north.contains(GeoPoint.of(53.4, -2.2))).isTrue();
        assertThat(north.contains(GeoPoint.of(52.4, -2.2))).isFalse();
    }

    @Test
    void should_create_territories_by_type_name() {
        List<Map<String, Object>> territories = List.of(Map.of("name", "north", "geometry", Map.of("type", "Polygon",
                "coordinates", List.of(List.of(List.of(-3, 53), List.of(-2, 53), List.of(-2, 54), List.of(-3, 54),
                        List.of(-3, 53))))));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/TerritoryProvider.java
        ClassifierRegistry.create("territory", Map.of("input", "home", "territories", territories));

        Classifier created = ClassifierRegistry.create("territory", Map.of("input", "home", "territories", territories));
        // GeoJSON puts the longitude first
        assertThat(created.fit(List.of()).apply(MapValues.of("home", GeoPoint.of(53.4, -2.2))))
                .isEqualTo(Label.of("north"));
    }

    @Test
    void should_use_the_city_population_as_a_proxy() {
        AttributeValues values = MapValues.of("city_population", 1_200_000L);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/Urbanicity.java
        Urbanicity urbanicity = new Urbanicity("city_population", "urbanicity", 50_000, 5_000);
        urbanicity.fit(List.of()).apply(values);   // 1,200,000 -> "cities_population_proxy"

        assertThat(urbanicity.fit(List.of()).apply(values)).isEqualTo(Label.of("cities_population_proxy"));
        assertThat(urbanicity.fit(List.of()).apply(MapValues.of("city_population", 49_999L)))
                .isEqualTo(Label.of("towns_population_proxy"));
    }

    @Test
    void should_create_urbanicity_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/UrbanicityProvider.java
        ClassifierRegistry.create("urbanicity", Map.of("input", "city_population"));

        assertThat(ClassifierRegistry.create("urbanicity", Map.of("input", "city_population")).inputs())
                .containsExactly("city_population");
    }

    @Test
    void should_create_a_geographic_classifier_by_type_name() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/geographic/package-info.java
        Classifier regions = ClassifierRegistry.create("country-region", Map.of("input", "country"));

        assertThat(regions.fit(List.of()).apply(MapValues.of("country", "JP"))).isEqualTo(Label.of("Asia"));
    }
}
