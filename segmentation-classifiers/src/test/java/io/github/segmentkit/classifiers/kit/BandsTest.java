package io.github.segmentkit.classifiers.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one band type: left-closed, exact decimal edges. */
class BandsTest {
    private final Bands bands = Bands.of(List.of(0.1, 0.3), List.of("low", "mid", "high"));

    @Test
    void should_close_bands_on_the_left_and_compare_exactly() {
        assertThat(bands.label(0.0999)).isEqualTo("low");
        assertThat(bands.label(0.1)).isEqualTo("mid");                     // the edge belongs to the band above
        assertThat(bands.label(new BigDecimal("0.3"))).isEqualTo("high");
        assertThat(bands.label(new BigDecimal("0.2999999"))).isEqualTo("mid");
        // 0.1 + 0.2 is the double 0.30000000000000004, above the edge 0.3 as written
        assertThat(bands.label(0.1 + 0.2)).isEqualTo("high");
        assertThat(bands.label(Double.NEGATIVE_INFINITY)).isEqualTo("low");
        assertThat(bands.label(Double.POSITIVE_INFINITY)).isEqualTo("high");
        assertThatThrownBy(() -> bands.index(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void should_treat_equal_decimals_as_equal_edges_and_write_them_plainly() {
        assertThat(Bands.of(List.of(new BigDecimal("1.0"), 100L), List.of("a", "b", "c")))
                .isEqualTo(Bands.of(List.of(1, new BigDecimal("1E+2")), List.of("a", "b", "c")));
        assertThat(Bands.of(List.of(1.0, 100L), List.of("a", "b", "c")).edgeTexts()).containsExactly("1", "100");
        assertThat(Bands.format(5.0)).isEqualTo("5");
        assertThat(Bands.format(2.5)).isEqualTo("2.5");
    }

    @Test
    void should_refuse_bad_edges_and_labels_naming_them() {
        assertThatThrownBy(() -> Bands.of(List.of(2, 2), List.of("a", "b", "c")))
                .hasMessageContaining("edge 0 = 2 >= edge 1 = 2");
        assertThatThrownBy(() -> Bands.of(List.of(1), List.of("a", "a"))).hasMessageContaining("distinct");
        assertThatThrownBy(() -> Bands.of(List.of(1), List.of("a", "unclassified")))
                .hasMessageContaining("'unclassified'");
        assertThatThrownBy(() -> Bands.of(List.of(Double.NaN), List.of("a", "b"))).hasMessageContaining("finite");
        assertThatThrownBy(() -> Bands.of(List.of(), List.of("a"))).hasMessageContaining("1..1000 edges");
    }
}
