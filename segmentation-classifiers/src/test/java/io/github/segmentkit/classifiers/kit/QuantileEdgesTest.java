package io.github.segmentkit.classifiers.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuantileEdgesTest {
    private static List<BigDecimal> decimals(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void should_place_edges_at_the_linear_quantile_positions() {
        // n = 6, h = 5k/5 = k: the edges are the sorted values themselves
        QuantileEdges edges = QuantileEdges.fit(decimals("6", "1", "5", "2", "4", "3"), 5);

        assertThat(edges.toStrings()).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void should_interpolate_exactly_between_values() {
        // n = 4, h = 3k/5: 0, 0.6, 1.2, 1.8, 2.4, 3 over 10, 20, 40, 80
        QuantileEdges edges = QuantileEdges.fit(decimals("10", "20", "40", "80"), 5);

        // 10 + 0.6*10 = 16; 20 + 0.2*20 = 24; 20 + 0.8*20 = 36; 40 + 0.4*40 = 56
        assertThat(edges.toStrings()).containsExactly("10", "16", "24", "36", "56", "80");
    }

    @Test
    void should_keep_non_terminating_edges_as_fractions() {
        // 3 bins over 0, 1: h = k/3, e1 = 1/3, e2 = 2/3
        QuantileEdges edges = QuantileEdges.fit(decimals("0", "1"), 3);

        assertThat(edges.toStrings()).containsExactly("0", "1/3", "2/3", "1");
        assertThat(edges.bin(new BigDecimal("0.3333333333"))).isEqualTo(1);
        assertThat(edges.bin(new BigDecimal("0.3333333334"))).isEqualTo(2);
        assertThat(QuantileEdges.parse(edges.toStrings())).isEqualTo(edges);
    }

    @Test
    void should_put_a_value_equal_to_an_edge_in_the_lower_bin_and_outliers_in_the_outer_bins() {
        QuantileEdges edges = QuantileEdges.fit(decimals("1", "2", "3", "4", "5", "6"), 5);

        assertThat(edges.bin(2)).isEqualTo(1);
        assertThat(edges.bin(new BigDecimal("2.0001"))).isEqualTo(2);
        assertThat(edges.bin(-100)).isEqualTo(1);
        assertThat(edges.bin(100)).isEqualTo(5);
    }

    @Test
    void should_report_duplicate_edges_and_leave_bins_empty() {
        QuantileEdges edges = QuantileEdges.fit(decimals("7", "7", "7", "7", "9"), 5);

        assertThat(edges.hasDuplicateEdges()).isTrue();
        assertThat(edges.bin(7)).isEqualTo(1);
        assertThat(edges.bin(9)).isEqualTo(5);
        assertThat(QuantileEdges.fit(decimals("1", "2", "3"), 5).hasDuplicateEdges()).isFalse();
    }

    @Test
    void should_treat_equal_values_of_different_scale_as_equal() {
        QuantileEdges edges = QuantileEdges.fit(decimals("310.50", "310.5", "1"), 5);

        assertThat(edges.edges().get(5)).isEqualTo(QuantileEdge.parse("310.5"));
        assertThat(edges.bin(new BigDecimal("310.500"))).isEqualTo(edges.bin(new BigDecimal("310.5")));
    }

    @Test
    void should_reject_empty_input_unsorted_sorted_input_and_descending_saved_edges() {
        assertThatThrownBy(() -> QuantileEdges.fit(List.of(), 5)).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> QuantileEdges.fitSorted(new long[] {3, 1}, 5))
                .hasMessageContaining("value 0 = 3 > value 1 = 1");
        assertThatThrownBy(() -> QuantileEdges.parse(List.of("1", "3", "2")))
                .hasMessageContaining("edge 1 = 3 > edge 2 = 2");
        assertThatThrownBy(() -> QuantileEdge.parse("1/x")).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("'1/x'");
        assertThatThrownBy(() -> QuantileEdges.fit(decimals("1"), 0)).hasMessageContaining("bins must be in");
    }

    @Test
    void should_name_the_ranks_an_edge_reads_and_fit_from_those_alone() {
        // n = 4, 5 bins: h = 0, 0.6, 1.2, 1.8, 2.4, 3 reads ranks 0..3; n = 11: h = 0, 2, 4, 6, 8, 10, no neighbours
        assertThat(QuantileEdges.ranksRead(4, 5)).containsExactly(0, 1, 2, 3);
        assertThat(QuantileEdges.ranksRead(11, 5)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(QuantileEdges.ranksRead(1, 5)).containsExactly(0);
        // n = 1,000,001: h = 200,000k exactly; n = 1,000,000: h = 199,999.8k, so rank floor(h) and the next one
        assertThat(QuantileEdges.ranksRead(1_000_001, 5)).containsExactly(0, 200_000, 400_000, 600_000, 800_000,
                1_000_000);
        assertThat(QuantileEdges.ranksRead(1_000_000, 5)).containsExactly(0, 199_999, 200_000, 399_999, 400_000,
                599_999, 600_000, 799_999, 800_000, 999_999);

        List<BigDecimal> sorted = decimals("10", "20", "40", "80");
        java.util.Set<Long> asked = new java.util.TreeSet<>();
        QuantileEdges edges = QuantileEdges.fitAtRanks(4, 5, rank -> {
            asked.add(rank);
            return sorted.get((int) rank);
        });

        assertThat(edges.toStrings()).containsExactly("10", "16", "24", "36", "56", "80");
        assertThat(asked).containsExactly(0L, 1L, 2L, 3L);
        assertThatThrownBy(() -> QuantileEdges.ranksRead(0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantile edges need at least one value, got 0");
    }
}
