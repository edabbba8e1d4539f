package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgeBandsTest {
    private static final LocalDate REF = LocalDate.of(2024, 3, 31);
    private final FittedClassifier fromDates =
            AgeBands.google(AgeSource.fromBirthDate("birth", REF), "age_band").fit(List.of());
    private final FittedClassifier fromAge = AgeBands.google(AgeSource.fromAge("age"), "age_band").fit(List.of());

    private String byBirth(LocalDate birth) {
        return fromDates.apply(MapValues.of("birth", birth)).value();
    }

    @Test
    void should_use_completed_years_at_the_reference_date() {
        assertThat(byBirth(LocalDate.of(2006, 3, 31))).isEqualTo("18-24");    // 18th birthday today
        assertThat(byBirth(LocalDate.of(2006, 4, 1))).isEqualTo("under_18");  // 17 until tomorrow
        assertThat(byBirth(LocalDate.of(1999, 4, 1))).isEqualTo("18-24");     // 24
        assertThat(byBirth(LocalDate.of(1999, 3, 31))).isEqualTo("25-34");    // 25
        assertThat(byBirth(LocalDate.of(1959, 3, 31))).isEqualTo("65+");
        assertThat(byBirth(LocalDate.of(1959, 4, 1))).isEqualTo("55-64");
    }

    @Test
    void should_count_a_leap_day_birthday_from_the_first_of_march_in_common_years() {
        FittedClassifier at28Feb = AgeBands.google(AgeSource.fromBirthDate("birth", LocalDate.of(2022, 2, 28)),
                "b").fit(List.of());
        FittedClassifier at1Mar = AgeBands.google(AgeSource.fromBirthDate("birth", LocalDate.of(2022, 3, 1)), "b")
                .fit(List.of());
        MapValues born = MapValues.of("birth", LocalDate.of(2004, 2, 29));
        assertThat(at28Feb.apply(born).value()).isEqualTo("under_18");
        assertThat(at1Mar.apply(born).value()).isEqualTo("18-24");
    }

    @Test
    void should_leave_missing_and_impossible_ages_unclassified_with_the_reason() {
        // one rule for missing input across all classifiers: unclassified with a reason, never an ordinary label
        assertThat(fromDates.apply(MapValues.of("birth", null))).isEqualTo(Label.unclassified("'birth' is missing"));
        assertThat(fromDates.apply(MapValues.of("birth", LocalDate.of(2024, 4, 1))))
                .isEqualTo(Label.unclassified("birth date 2024-04-01 is after the reference date 2024-03-31"));
        assertThat(fromAge.apply(MapValues.of("age", null))).isEqualTo(Label.unclassified("'age' is missing"));
        assertThat(fromAge.apply(MapValues.of("age", -1L)).value()).isEqualTo(Label.UNCLASSIFIED);
        assertThat(fromAge.apply(MapValues.of("age", -1L)).reason()).hasValue("'age' is negative: -1");
        assertThat(fromAge.apply(MapValues.of("age", "forty")).value()).isEqualTo(Label.UNCLASSIFIED);
        assertThat(fromAge.apply(MapValues.of("age", "forty")).reason()).hasValueSatisfying(
                r -> assertThat(r).contains("'age'").contains("forty"));
    }

    @Test
    void should_band_an_age_attribute_on_the_google_edges() {
        assertThat(List.of(0L, 17L, 18L, 24L, 25L, 34L, 35L, 44L, 45L, 54L, 55L, 64L, 65L, Long.MAX_VALUE).stream()
                .map(age -> fromAge.apply(MapValues.of("age", age)).value()).toList())
                .containsExactly("under_18", "under_18", "18-24", "18-24", "25-34", "25-34", "35-44", "35-44",
                        "45-54", "45-54", "55-64", "55-64", "65+", "65+");
        assertThat(fromAge.labels()).containsExactly("under_18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+",
                "unclassified");
    }

    @Test
    void should_accept_custom_edges_and_reject_bad_ones_with_the_setting_named() {
        FittedClassifier custom = AgeBands.fromSettings(Map.of("age", "age", "edges", List.of(21, 40)))
                .fit(List.of());
        assertThat(custom.labels()).startsWith("under_21", "21-39", "40+");
        assertThatThrownBy(() -> AgeBands.fromSettings(Map.of("age", "age", "edges", List.of(40, 21))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'edges'").hasMessageContaining("40");
        assertThatThrownBy(() -> AgeBands.fromSettings(Map.of("age", "age", "birthDate", "b")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> AgeBands.fromSettings(Map.of("agee", "age")))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("unknown setting");
    }
}
