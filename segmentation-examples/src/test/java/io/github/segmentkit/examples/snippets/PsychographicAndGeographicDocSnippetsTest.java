package io.github.segmentkit.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Classifier;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The Java blocks of docs/classifiers.md's "Psychographic" and "Geographic" sections, run against customers whose
 * labels follow by hand from the rules the page states (distances along a meridian, geohashes from the published
 * algorithm, M49 regions from the UN table).
 */
class PsychographicAndGeographicDocSnippetsTest {

    @Test
    void should_pick_the_nearest_persona_over_the_answered_items() {
        // javadoc: docs/classifiers.md
        Classifier personas = ClassifierRegistry.create("persona", Map.of(
                "items", List.of(Map.of("id", "q1", "min", 1, "max", 5), Map.of("id", "q2", "min", 1, "max", 5)),
                "personas", List.of(Map.of("name", "explorer", "centroid", List.of(1.0, 0.0)),
                        Map.of("name", "homebody", "centroid", List.of(0.0, 1.0)))));

        FittedClassifier fitted = personas.fit(List.of());
        // answers scale to (x - 1) / 4; (3, 3) is (0.5, 0.5), a tie that goes to the persona declared first; one
        // answer of two meets the default minAnswered of 0.5: q1 = 4 is 0.75, nearer explorer's 1 than homebody's 0
        assertThat(List.of(CustomerValues.of("q1", 5L, "q2", 1L), CustomerValues.of("q1", 1L, "q2", 5L),
                CustomerValues.of("q1", 3L, "q2", 3L), CustomerValues.of("q1", 4L), CustomerValues.of("q1", 2L)))
                .extracting(c -> fitted.apply(c).value())
                .containsExactly("explorer", "homebody", "explorer", "explorer", "homebody");
        assertThat(fitted.apply(CustomerValues.of()).isClassified()).isFalse();
        assertThat(fitted.apply(CustomerValues.of("q1", 6L, "q2", 1L)).isClassified()).isFalse();   // off the scale
    }

    @Test
    void should_score_interest_profiles_strictly_above_the_threshold() {
        // javadoc: docs/classifiers.md
        Classifier interests = ClassifierRegistry.create("interest-score", Map.of("input", "interests", "profiles",
                List.of(Map.of("name", "outdoors", "weights", Map.of("hiking", 1, "camping", 0.5)))));

        FittedClassifier fitted = interests.fit(List.of());
        assertThat(fitted.apply(CustomerValues.of("interests", Set.of("hiking", "golf"))))
                .isEqualTo(Label.of("outdoors"));
        assertThat(fitted.apply(CustomerValues.of("interests", Set.of("camping")))).isEqualTo(Label.of("outdoors"));
        // a score of 0 is not above the default threshold 0
        assertThat(fitted.apply(CustomerValues.of("interests", Set.of("golf"))).isClassified()).isFalse();
        assertThat(fitted.apply(CustomerValues.of()).isClassified()).isFalse();
    }

    @Test
    void should_give_m49_sub_regions_of_country_codes() {
        // javadoc: docs/classifiers.md
        Classifier regions = ClassifierRegistry.create("country-region", Map.of("input", "country", "level",
                "sub-region"));

        FittedClassifier fitted = regions.fit(List.of());
        assertThat(List.of("FR", " gb ", "JP", "BR", "AQ"))
                .extracting(code -> fitted.apply(CustomerValues.of("country", code)).value())
                .containsExactly("Western Europe", "Northern Europe", "Eastern Asia",
                        "Latin America and the Caribbean", "Antarctica");
        assertThat(fitted.apply(CustomerValues.of("country", "UK")).reason()).hasValueSatisfying(
                reason -> assertThat(reason).contains("GB"));
        assertThat(fitted.apply(CustomerValues.of("country", "TW")).isClassified()).isFalse();
    }

    @Test
    void should_band_the_distance_to_the_nearest_store() {
        // javadoc: docs/classifiers.md
        Classifier distance = ClassifierRegistry.create("store-distance", Map.of("input", "home", "stores",
                List.of(Map.of("id", "soho", "latitude", 51.5136, "longitude", -0.1365))));

        FittedClassifier fitted = distance.fit(List.of());
        // due north of the store: a degree of latitude is 111.2 km, so 0.03° is 3.3 km, 0.05° 5.6 km, 0.2° 22.2 km,
        // 1° 111.2 km, 3° 333.6 km
        assertThat(List.of(0.0, 0.03, 0.05, 0.2, 1.0, 3.0))
                .extracting(north -> fitted.apply(home(51.5136 + north, -0.1365)).value())
                .containsExactly("0-5km", "0-5km", "5-15km", "15-50km", "50-150km", "150km+");
        assertThat(fitted.apply(CustomerValues.of()).isClassified()).isFalse();
    }

    @Test
    void should_place_points_in_a_territory_drawn_in_geojson_order() {
        // javadoc: docs/classifiers.md
        Classifier territories = ClassifierRegistry.create("territory", Map.of("input", "home", "territories",
                List.of(Map.of("name", "box", "geometry", Map.of("type", "Polygon", "coordinates",
                        List.of(List.of(List.of(-10, 40), List.of(10, 40), List.of(10, 60), List.of(-10, 60))))))));

        FittedClassifier fitted = territories.fit(List.of());
        // GeoJSON positions are [longitude, latitude]: the box spans longitudes -10..10 and latitudes 40..60
        assertThat(fitted.apply(home(51.5, -0.13))).isEqualTo(Label.of("box"));
        assertThat(fitted.apply(home(40, 0))).isEqualTo(Label.of("box"));   // on an edge
        assertThat(fitted.apply(home(0, 50)).isClassified()).isFalse();      // latitude 0: outside, no "outside"
        assertThat(fitted.apply(home(40.71, -74.01)).isClassified()).isFalse();
    }

    @Test
    void should_learn_the_geohash_cells_of_the_population() {
        // javadoc: docs/classifiers.md
        Classifier cells = ClassifierRegistry.create("geohash", Map.of("input", "home", "precision", 4));

        // published examples: 57.64911, 10.40744 is u4pruydqqvj; London's 51.5074, -0.1278 starts gcpvj
        List<AttributeValues> population = List.of(home(57.64911, 10.40744), home(51.5074, -0.1278).withId(2));
        FittedClassifier fitted = cells.fit(population);
        assertThat(fitted.applyAll(population)).extracting(Label::value).containsExactly("u4pr", "gcpv");
        assertThat(fitted.apply(home(40.7128, -74.0060))).isEqualTo(Label.of("other"));   // dr5r, not seen
        assertThat(fitted.parameters()).extractingByKey("cells", InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("u4pr", "gcpv");
    }

    @Test
    void should_tell_cities_towns_and_rural_places_by_population() {
        // javadoc: docs/classifiers.md
        Classifier urbanicity = ClassifierRegistry.create("urbanicity", Map.of("input", "city_population"));

        FittedClassifier fitted = urbanicity.fit(List.of());
        assertThat(List.of(1_000_000L, 50_000L, 49_999L, 5_000L, 4_999L, 0L))
                .extracting(people -> fitted.apply(CustomerValues.of("city_population", people)).value())
                .containsExactly("cities_population_proxy", "cities_population_proxy", "towns_population_proxy",
                        "towns_population_proxy", "rural_population_proxy", "rural_population_proxy");
        assertThat(fitted.apply(CustomerValues.of("city_population", -1L)).isClassified()).isFalse();
    }

    private static CustomerValues home(double latitude, double longitude) {
        return CustomerValues.of("home", GeoPoint.of(latitude, longitude));
    }
}
