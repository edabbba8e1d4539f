package io.github.segmentkit.classifiers.demographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.DefinitionException;
import io.github.segmentkit.api.classify.ClassifierRegistry;
import io.github.segmentkit.api.classify.FittedClassifier;
import io.github.segmentkit.classifiers.kit.MapValues;
import io.github.segmentkit.classifiers.kit.QuantileEdges;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IncomeBandsTest {

    private static List<MapValues> incomes(double... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> MapValues.of("income", v)).toList();
    }

    private static String label(FittedClassifier fitted, Object income) {
        return fitted.apply(MapValues.of("income", income)).value();
    }

    @Test
    void should_close_absolute_bands_on_the_left() {
        FittedClassifier bands = IncomeBands.absolute("income", "band", List.of(30_000.0, 60_000.0)).fit(List.of());
        assertThat(Stream.of(-5.0, 29_999.99, 30_000.0, 59_999.0, 60_000.0, Double.POSITIVE_INFINITY)
                .map(v -> label(bands, v)).toList())
                .containsExactly("< 30000", "< 30000", "[30000, 60000)", "[30000, 60000)", ">= 60000", ">= 60000");
        assertThat(label(bands, null)).isEqualTo("unclassified");
        assertThat(label(bands, Double.NaN)).isEqualTo("unclassified");
    }

    @Test
    void should_fit_type_7_quartile_edges_as_numpy_does() {
        // numpy 2.4.6: np.quantile(x, [0, .25, .5, .75, 1]) -> [12000, 30000, 47000, 70500, 240000]
        List<MapValues> population = incomes(52_000, 18_000, 95_000, 31_000, 31_000, 240_000, 47_000, 12_000,
                66_000, 75_000, 29_000);
        QuantileIncomeBands fitted = (QuantileIncomeBands) IncomeBands.quantiles("income", "q", 4).fit(population);
        assertThat(fitted.edges()).containsExactly(12_000, 30_000, 47_000, 70_500, 240_000);
        // right-closed: a value on an edge belongs to the band below it
        assertThat(Stream.of(12_000.0, 30_000.0, 30_000.5, 47_000.0, 70_500.0, 70_501.0, 1e9, -1.0)
                .map(v -> label(fitted, v)).toList())
                .containsExactly("q1", "q1", "q2", "q2", "q3", "q4", "q4", "q1");
        assertThat(QuantileEdges.fit(Stream.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1).map(BigDecimal::valueOf).toList(), 4)
                .toStrings()).containsExactly("1", "3.25", "5.5", "7.75", "10");   // numpy: [1, 3.25, 5.5, 7.75, 10]
    }

    @Test
    void should_leave_everyone_unclassified_after_fitting_an_empty_population() {
        FittedClassifier fitted = IncomeBands.quantiles("income", "q", 4).fit(List.of());
        assertThat(fitted.apply(MapValues.of("income", 10.0)).reason())
                .hasValueSatisfying(r -> assertThat(r).contains("no 'income' value"));
        assertThat(fitted.parameters()).isEqualTo(Map.of("formatVersion", 1L, "edges", List.of()));
    }

    @Test
    void should_put_a_single_customer_and_identical_values_in_the_first_band() {
        FittedClassifier single = IncomeBands.quantiles("income", "q", 5).fit(incomes(42));
        assertThat(label(single, 42.0)).isEqualTo("q1");
        FittedClassifier same = IncomeBands.quantiles("income", "q", 5).fit(incomes(7, 7, 7, 7));
        assertThat(label(same, 7.0)).isEqualTo("q1");
        assertThat(label(same, 8.0)).isEqualTo("q5");
    }

    @Test
    void should_restore_quantile_edges_and_reject_broken_parameters() {
        IncomeBands bands = IncomeBands.quantiles("income", "q", 2);
        FittedClassifier fitted = bands.fit(incomes(1, 2, 3));
        FittedClassifier restored = ClassifierRegistry.restore("income-band", bands.settings(), fitted.parameters());
        assertThat(label(restored, 2.0)).isEqualTo(label(fitted, 2.0)).isEqualTo("q1");
        assertThat(label(restored, 2.5)).isEqualTo("q2");
        assertThatThrownBy(() -> ClassifierRegistry.restore("income-band", bands.settings(),
                Map.of("edges", List.of(3.0, 1.0, 2.0)))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> ClassifierRegistry.restore("income-band", bands.settings(), Map.of()))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("'edges'");
    }
}
