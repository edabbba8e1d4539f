package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.classifiers.kit.MapValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifeStagesTest {
    private final FittedClassifier stages = LifeStages.standard(AgeSource.fromAge("age"), "marital", "kids", "teens",
            "life_stage").fit(List.of());

    private String of(Object age, Object marital, Object kids, Object teens) {
        return stages.apply(MapValues.of("age", age, "marital", marital, "kids", kids, "teens", teens)).value();
    }

    private String reason(Object age, Object marital, Object kids, Object teens) {
        return stages.apply(MapValues.of("age", age, "marital", marital, "kids", kids, "teens", teens)).reason()
                .orElseThrow();
    }

    @Test
    void should_apply_the_rules_in_order() {
        assertThat(of(null, "Married", 1L, 0L)).isEqualTo(Label.UNCLASSIFIED);
        assertThat(of(40L, "Single", 1L, 1L)).isEqualTo("family_young_children");
        assertThat(of(40L, "Single", 0L, 2L)).isEqualTo("family_teens");
        assertThat(of(34L, "Single", 0L, 0L)).isEqualTo("young_single");
        assertThat(of(34L, "Together", 0L, 0L)).isEqualTo("young_couple");
        assertThat(of(35L, "Divorced", 0L, 0L)).isEqualTo("midlife_single");
        assertThat(of(54L, "married", 0L, 0L)).isEqualTo("midlife_couple");
        assertThat(of(55L, " Widow ", 0L, 0L)).isEqualTo("older_single");
        assertThat(of(80L, "MARRIED", 0L, 0L)).isEqualTo("older_couple");
    }

    @Test
    void should_leave_unrecognised_marital_values_and_missing_inputs_unclassified_with_the_reason() {
        assertThat(of(30L, "YOLO", 0L, 0L)).isEqualTo(Label.UNCLASSIFIED);
        assertThat(of(60L, "Absurd", 0L, 0L)).isEqualTo(Label.UNCLASSIFIED);
        assertThat(of(60L, null, 0L, 0L)).isEqualTo(Label.UNCLASSIFIED);
        assertThat(of(60L, "مجرد", 0L, 0L)).isEqualTo(Label.UNCLASSIFIED);
        assertThat(of(60L, "Married", null, 0L)).isEqualTo(Label.UNCLASSIFIED);
        assertThat(reason(null, "Married", 0L, 0L)).isEqualTo("'age' is missing");
        assertThat(reason(60L, "Married", null, 0L)).isEqualTo("life-stage rule 'family_young_children' cannot be "
                + "decided: 'kids' is missing");
        assertThat(reason(30L, "YOLO", 0L, 0L)).isEqualTo("life-stage rule 'young_single' cannot be decided: "
                + "'marital' value 'YOLO' is neither partnered nor single");
        // the children rules come first in the table, so they decide even for an unrecognised status
        assertThat(of(30L, "YOLO", 1L, 0L)).isEqualTo("family_young_children");
    }

    @Test
    void should_follow_a_custom_rule_table_in_order_and_round_trip_it_as_data() {
        // a table without children rules, where anyone from 60 is "retired" whatever the marital status
        Map<String, Object> settings = Map.of("age", "age", "maritalStatus", "marital", "rules", List.of(
                Map.of("label", "no_age", "ageKnown", false),
                Map.of("label", "retired", "ageFrom", 60),
                Map.of("label", "couple", "partnered", true),
                Map.of("label", "single", "partnered", false)));
        LifeStages custom = LifeStages.fromSettings(settings);
        FittedClassifier fitted = custom.fit(List.of());
        assertThat(fitted.labels()).containsExactly("no_age", "retired", "couple", "single", "unclassified");
        assertThat(fitted.apply(MapValues.of("age", 70L, "marital", "YOLO")).value()).isEqualTo("retired");
        assertThat(fitted.apply(MapValues.of("age", 30L, "marital", "Together")).value()).isEqualTo("couple");
        assertThat(fitted.apply(MapValues.of("age", 30L, "marital", "Alone")).value()).isEqualTo("single");
        assertThat(fitted.apply(MapValues.of("age", 30L, "marital", "YOLO")).value()).isEqualTo(Label.UNCLASSIFIED);
        assertThat(fitted.apply(MapValues.of("marital", "Married")).value()).isEqualTo("no_age");
        assertThat(LifeStages.fromSettings(custom.settings())).isEqualTo(custom);
    }

    @Test
    void should_reject_a_contradictory_rule_naming_it() {
        assertThatThrownBy(() -> LifeStages.fromSettings(Map.of("age", "age", "maritalStatus", "m", "rules",
                List.of(Map.of("label", "odd", "ageKnown", false, "ageFrom", 3)))))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("rules[0].label")
                .hasMessageContaining("'odd'");
    }
}
