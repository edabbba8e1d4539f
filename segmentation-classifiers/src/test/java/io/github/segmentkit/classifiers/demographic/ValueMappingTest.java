package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueMappingTest {
    /** 30 occupation titles in 6 groups, written out by hand. */
    private static Map<String, String> occupations() {
        Map<String, String> map = new LinkedHashMap<>();
        String[][] groups = {
            {"health", "Nurse", "Surgeon", "Pharmacist", "Dentist", "Paramedic"},
            {"education", "Teacher", "Lecturer", "Librarian", "Tutor", "Headmaster"},
            {"trades", "Welder", "Plumber", "Electrician", "Carpenter", "Mason"},
            {"office", "Accountant", "Clerk", "Secretary", "Analyst", "Manager"},
            {"creative", "Designer", "Writer", "Photographer", "Musician", "Actor"},
            {"urdu_telugu", "استاد", "ڈاکٹر", "ఉపాధ్యాయుడు", "వైద్యుడు", "రైతు"}};
        for (String[] group : groups) {
            for (int i = 1; i < group.length; i++) {
                map.put(group[i], group[0]);
            }
        }
        return map;
    }

    @Test
    void should_map_30_titles_to_6_groups_with_a_default() {
        FittedClassifier fitted = new ValueMapping("job", "occupation", occupations(), "other").fit(List.of());
        assertThat(occupations()).hasSize(30);
        assertThat(fitted.labels()).containsExactly("health", "education", "trades", "office", "creative",
                "urdu_telugu", "other", "unclassified");
        assertThat(fitted.apply(MapValues.of("job", "Welder")).value()).isEqualTo("trades");
        assertThat(fitted.apply(MapValues.of("job", "ڈاکٹر")).value()).isEqualTo("urdu_telugu");
        assertThat(fitted.apply(MapValues.of("job", "రైతు")).value()).isEqualTo("urdu_telugu");
        assertThat(fitted.apply(MapValues.of("job", "welder")).value()).isEqualTo("other");   // exact match
        assertThat(fitted.apply(MapValues.of("job", "")).value()).isEqualTo("other");
        assertThat(fitted.apply(MapValues.of("job", null)).isClassified()).isFalse();
    }

    @Test
    void should_name_the_value_when_there_is_no_default_group() {
        FittedClassifier fitted = new ValueMapping("job", "occupation", occupations(), null).fit(List.of());
        Label label = fitted.apply(MapValues.of("job", "Astronaut"));
        assertThat(label.value()).isEqualTo(Label.UNCLASSIFIED);
        assertThat(label.reason()).hasValueSatisfying(r -> assertThat(r).contains("'Astronaut'"));
    }
}
