package io.github.segmentkit.classifiers.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one settings reader: every message names the classifier, the setting (or parameter) and the value. */
class SettingsTest {
    private static Settings settings(Object... pairs) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return Settings.of("age-band", values);
    }

    @Test
    void should_name_classifier_setting_and_value_in_every_message() {
        assertThatThrownBy(() -> settings("precision", 13).integer("precision", 1, 12))
                .isInstanceOf(DefinitionException.class)
                .hasMessageEndingWith("classifier 'age-band', setting 'precision': must be in 1..12, was 13");
        assertThatThrownBy(() -> settings("precision", 2.5).integer("precision", 1, 12))
                .hasMessageEndingWith("classifier 'age-band', setting 'precision': must be a whole number in 1..12, was 2.5 "
                        + "(Double)");
        assertThatThrownBy(() -> settings("output", " ").string("output"))
                .hasMessageEndingWith("classifier 'age-band', setting 'output': must be a non-blank string, was ' '");
        assertThatThrownBy(() -> settings().string("input"))
                .hasMessageEndingWith("classifier 'age-band', setting 'input': is required");
        assertThatThrownBy(() -> settings("edges", List.of(18, "x")).decimals("edges", null))
                .hasMessageEndingWith("classifier 'age-band', setting 'edges[1]': must be a number, was 'x'");
        assertThatThrownBy(() -> settings("cityFrom", Double.POSITIVE_INFINITY).number("cityFrom"))
                .hasMessageEndingWith("classifier 'age-band', setting 'cityFrom': must be a finite number, was Infinity "
                        + "(Double)");
        assertThatThrownBy(() -> settings("codes", "yes").bool("codes", false))
                .hasMessageEndingWith("classifier 'age-band', setting 'codes': must be true or false, was 'yes'");
        assertThatThrownBy(() -> settings("agee", 1, "output", "x").allowOnly("age", "output"))
                .hasMessageEndingWith("classifier 'age-band', setting 'agee': unknown setting; known settings are [age, output]");
    }

    @Test
    void should_name_nested_paths_and_parameters() {
        Settings stores = settings("stores", List.of(Map.of("id", "a"), Map.of("id", "")));
        assertThatThrownBy(() -> stores.objects("stores").get(1).string("id"))
                .hasMessageEndingWith("classifier 'age-band', setting 'stores[1].id': must be a non-blank string, was ''");
        assertThatThrownBy(() -> Settings.parameters("kmeans", Map.of("inertia", "lots")).number("inertia"))
                .hasMessageEndingWith("classifier 'kmeans', parameter 'inertia': must be a number, was 'lots'");
        assertThatThrownBy(() -> Settings.of("kmeans", null)).isInstanceOf(DefinitionException.class)
                .hasMessageEndingWith("classifier 'kmeans': settings are null");
    }

    @Test
    void should_read_numbers_exactly_from_numbers_and_decimal_text() {
        Settings s = settings("a", 0.1, "b", "0.10", "c", 3L, "d", new BigDecimal("2.50"), "e", 7);
        assertThat(s.decimal("a")).isEqualByComparingTo("0.1");   // the shortest decimal of the double 0.1
        assertThat(s.decimal("b")).isEqualByComparingTo("0.1");
        assertThat(s.decimal("c")).isEqualByComparingTo("3");
        assertThat(s.number("d")).isEqualTo(2.5);
        assertThat(s.integer("e", 0, 10)).isEqualTo(7L);
        assertThat(s.integer("missing", 0, 10, 4)).isEqualTo(4L);
        assertThat(s.number("missing", 1.5)).isEqualTo(1.5);
        assertThat(s.optionalNumber("missing")).isNull();
    }

    @Test
    void should_refuse_lists_and_maps_over_the_documented_limit() {
        List<Object> huge = new ArrayList<>(Collections.nCopies(ClassifierLimits.MAX_ELEMENTS + 1, "x"));
        assertThatThrownBy(() -> settings("prefixes", huge).strings("prefixes"))
                .hasMessageEndingWith("classifier 'age-band', setting 'prefixes': may hold at most 100000 elements, has 100001");
        List<Object> atLimit = new ArrayList<>(Collections.nCopies(ClassifierLimits.MAX_ELEMENTS, "x"));
        assertThat(settings("prefixes", atLimit).strings("prefixes")).hasSize(100_000);
    }

    @Test
    void should_turn_a_value_check_into_a_problem_at_the_key() {
        assertThatThrownBy(() -> settings().build("edges", () -> Bands.of(List.of(2, 1), List.of("a", "b", "c"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageEndingWith("classifier 'age-band', setting 'edges': band edges must strictly ascend, but edge 0 = 2 "
                        + ">= edge 1 = 1");
    }
}
