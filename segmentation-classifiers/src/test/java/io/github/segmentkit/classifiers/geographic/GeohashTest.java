package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.GeoPoint;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeohashTest {
    @Test
    void should_match_the_domain_reference_values() {
        assertThat(Geohash.encode(57.64911, 10.40744, 11)).isEqualTo("u4pruydqqvj");
        assertThat(Geohash.encode(42.6, -5.6, 5)).isEqualTo("ezs42");
    }

    @Test
    void should_put_the_midpoint_in_the_upper_half_and_handle_the_corners() {
        assertThat(Geohash.encode(0, 0, 1)).isEqualTo("s");          // both bits 1 at the midpoints
        assertThat(Geohash.encode(-90, -180, 2)).isEqualTo("00");
        assertThat(Geohash.encode(90, 180, 2)).isEqualTo("zz");
        assertThatThrownBy(() -> Geohash.encode(91, 0, 5)).hasMessageContaining("91");
        assertThatThrownBy(() -> Geohash.encode(0, 0, 13)).hasMessageContaining("precision");
    }

    @Test
    void should_label_by_listed_prefix_or_learned_cell() {
        MapValues aalborg = MapValues.of("home", GeoPoint.of(57.64911, 10.40744));
        MapValues leon = MapValues.of("home", GeoPoint.of(42.6, -5.6));
        FittedClassifier prefixes = new GeohashCells("home", "area", 6, List.of("ezs", "u4pr")).fit(List.of());
        assertThat(prefixes.apply(aalborg).value()).isEqualTo("u4pr");
        assertThat(prefixes.apply(leon).value()).isEqualTo("ezs");
        assertThat(prefixes.apply(MapValues.of("home", GeoPoint.of(0, 0))).value()).isEqualTo("other");

        GeohashCells learning = new GeohashCells("home", "cell", 5, List.of());
        FittedClassifier learned = learning.fit(List.of(aalborg));
        assertThat(learned.parameters()).containsEntry("cells", List.of("u4pru"));
        assertThat(learned.apply(aalborg).value()).isEqualTo("u4pru");
        assertThat(learned.apply(leon).value()).isEqualTo("other");
        FittedClassifier restored = ClassifierRegistry.restore("geohash", learning.settings(), learned.parameters());
        assertThat(restored.apply(aalborg).value()).isEqualTo("u4pru");
        assertThat(learning.fit(List.of()).apply(aalborg).value()).isEqualTo("other");   // empty population
    }
}
