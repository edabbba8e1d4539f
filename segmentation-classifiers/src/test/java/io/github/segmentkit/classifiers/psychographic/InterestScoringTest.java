package io.github.segmentkit.classifiers.psychographic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterestScoringTest {
    private static final InterestProfile OUTDOORS = new InterestProfile("outdoors",
            Map.of("hiking", 1.0, "camping", 0.5));
    private static final InterestProfile CULTURE = new InterestProfile("culture",
            Map.of("museums", 1.0, "کتابیں", 0.5, "hiking", 0.5));

    private static FittedClassifier scoring(double threshold, InterestProfile... profiles) {
        return new InterestScoring("tags", Map.of(), "interest", List.of(profiles), threshold).fit(List.of());
    }

    @Test
    void should_pick_the_highest_weighted_sum() {
        FittedClassifier fitted = scoring(0, OUTDOORS, CULTURE);
        // outdoors 1.0 + 0.5 = 1.5; culture 0.5
        assertThat(fitted.apply(MapValues.of("tags", Set.of("hiking", "camping"))).value()).isEqualTo("outdoors");
        // outdoors 1.0; culture 0.5 + 0.5 + 1.0 = 2.0
        assertThat(fitted.apply(MapValues.of("tags", Set.of("hiking", "کتابیں", "museums"))).value())
                .isEqualTo("culture");
    }

    @Test
    void should_break_ties_by_declaration_order_and_need_a_score_above_the_threshold() {
        // hiking + کتابیں: outdoors 1.0, culture 0.5 + 0.5 = 1.0: a tie
        MapValues tie = MapValues.of("tags", Set.of("hiking", "کتابیں"));
        assertThat(scoring(0, OUTDOORS, CULTURE).apply(tie).value()).isEqualTo("outdoors");
        assertThat(scoring(0, CULTURE, OUTDOORS).apply(tie).value()).isEqualTo("culture");
        assertThat(scoring(1.0, OUTDOORS, CULTURE).apply(tie).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("threshold 1.0"));
        assertThat(scoring(0, OUTDOORS).apply(MapValues.of("tags", Set.of())).isClassified()).isFalse();
        assertThat(scoring(0, OUTDOORS).apply(MapValues.of()).isClassified()).isFalse();
    }

    @Test
    void should_use_strength_attributes_in_zero_one() {
        Map<String, String> strengths = new LinkedHashMap<>();
        strengths.put("hiking", "hiking_strength");
        FittedClassifier fitted = new InterestScoring(null, strengths, "interest", List.of(OUTDOORS), 0.3)
                .fit(List.of());
        assertThat(fitted.apply(MapValues.of("hiking_strength", 0.4)).value()).isEqualTo("outdoors");
        assertThat(fitted.apply(MapValues.of("hiking_strength", 0.3)).isClassified()).isFalse();
        assertThat(fitted.apply(MapValues.of("hiking_strength", 1.5)).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("not in [0, 1]"));
    }
}
