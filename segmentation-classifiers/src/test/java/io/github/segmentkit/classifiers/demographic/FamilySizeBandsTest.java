package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class FamilySizeBandsTest {
    private final FittedClassifier sizes = new FamilySizeBands(List.of("kids", "teens"), 1, "family_size",
            FamilySizeBands.DEFAULT_EDGES).fit(List.of());

    private String of(Object kids, Object teens) {
        return sizes.apply(MapValues.of("kids", kids, "teens", teens)).value();
    }

    @Test
    void should_sum_the_inputs_plus_the_constant() {
        assertThat(of(0L, 0L)).isEqualTo("1");
        assertThat(of(1L, 0L)).isEqualTo("2");
        assertThat(of(1L, 1L)).isEqualTo("3-4");
        assertThat(of(2L, 1L)).isEqualTo("3-4");
        assertThat(of(2L, 2L)).isEqualTo("5+");
        assertThat(sizes.labels()).containsExactly("1", "2", "3-4", "5+", "unclassified");
    }

    @Test
    void should_leave_impossible_and_missing_sizes_unclassified_with_the_reason() {
        assertThat(sizes.apply(MapValues.of("kids", -1L, "teens", 0L)).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("family size 0 is below 1"));
        assertThat(sizes.apply(MapValues.of("kids", 1L)).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("'teens' is missing"));
    }
}
