package io.github.segmentkit.classifiers.geographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrbanicityTest {
    @Test
    void should_use_the_degurba_population_sizes_as_a_labelled_proxy() {
        FittedClassifier fitted = new Urbanicity("pop", "urbanicity", 50_000, 5_000).fit(List.of());
        assertThat(List.of(0L, 4_999L, 5_000L, 49_999L, 50_000L, 37_000_000L).stream()
                .map(p -> fitted.apply(MapValues.of("pop", p)).value()).toList())
                .containsExactly("rural_population_proxy", "rural_population_proxy", "towns_population_proxy",
                        "towns_population_proxy", "cities_population_proxy", "cities_population_proxy");
        assertThat(fitted.apply(MapValues.of("pop", -1L)).isClassified()).isFalse();
        assertThat(fitted.apply(MapValues.of()).isClassified()).isFalse();
    }
}
