package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationsTest {
    private final FittedClassifier generations = new Generations("born", "generation").fit(List.of());

    private String of(Object born) {
        return generations.apply(MapValues.of("born", born)).value();
    }

    @Test
    void should_follow_the_pew_year_ranges_at_every_boundary() {
        // Pew: Silent 1928-1945, Boomers 1946-1964, Gen X 1965-1980, Millennials 1981-1996, Gen Z 1997-2012
        assertThat(List.of(1927L, 1928L, 1945L, 1946L, 1964L, 1965L, 1980L, 1981L, 1996L, 1997L, 2012L, 2013L)
                .stream().map(this::of).toList()).containsExactly("other", "silent", "silent", "boomers", "boomers",
                        "gen_x", "gen_x", "millennials", "millennials", "gen_z", "gen_z", "other");
    }

    @Test
    void should_take_the_year_of_a_date_and_refuse_fractions_with_a_reason() {
        assertThat(of(LocalDate.of(1996, 12, 31))).isEqualTo("millennials");
        assertThat(of(1990.0)).isEqualTo("millennials");
        Label fraction = generations.apply(MapValues.of("born", 1990.5));
        assertThat(fraction.isClassified()).isFalse();
        assertThat(fraction.reason()).hasValueSatisfying(r -> assertThat(r).contains("1990.5"));
        assertThat(generations.apply(MapValues.of("born", null)).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("'born' is missing"));
    }
}
