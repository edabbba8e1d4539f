package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.classifiers.kit.QuantileEdges;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmModelTest {
    @Test
    void should_name_the_frequency_cut_ranks_floor_of_one_plus_n_minus_one_times_k_over_five() {
        assertThat(RfmModel.frequencyCutRanks(1)).containsExactly(1, 1, 1, 1);
        assertThat(RfmModel.frequencyCutRanks(6)).containsExactly(2, 3, 4, 5);
        // 1 + 10k/5 = 3, 5, 7, 9; 1 + 7k/5 = 2.4, 3.8, 5.2, 6.6
        assertThat(RfmModel.frequencyCutRanks(11)).containsExactly(3, 5, 7, 9);
        assertThat(RfmModel.frequencyCutRanks(8)).containsExactly(2, 3, 5, 6);
        assertThatThrownBy(() -> RfmModel.frequencyCutRanks(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_build_from_parts_computed_elsewhere_the_model_a_fit_gives() {
        // customer i: recency 10(5 - i) days, frequency i, monetary 10i (the FittedRfmClassifier example's five)
        List<CustomerMetrics> five = List.of(metrics(1), metrics(2), metrics(3), metrics(4), metrics(5));
        long[] recency = {0, 10, 20, 30, 40};
        long[] monetary = {10, 20, 30, 40, 50};
        List<FrequencyKey> keys = List.of(new FrequencyKey(1, 1), new FrequencyKey(2, 2), new FrequencyKey(3, 3),
                new FrequencyKey(4, 4));   // ranks 1 + 4k/5 = 1.8, 2.6, 3.4, 4.2, floored

        RfmModel fitted = RfmModel.fitted(QuantileEdges.fitSorted(recency, 5), QuantileEdges.fitSorted(monetary, 5),
                keys, 5, true);

        assertThat(fitted).isEqualTo(RfmModel.fit(five, true));
        assertThat(fitted.recencyEdges().toStrings()).containsExactly("0", "8", "16", "24", "32", "40");
    }

    @Test
    void should_refuse_duplicate_edges_in_strict_mode_as_a_fit_does() {
        QuantileEdges same = QuantileEdges.fitSorted(new long[] {3, 3}, 5);
        List<FrequencyKey> keys = List.of(new FrequencyKey(1, 1), new FrequencyKey(1, 1), new FrequencyKey(1, 1),
                new FrequencyKey(1, 1));

        assertThatThrownBy(() -> RfmModel.fitted(same, same, keys, 2, true))
                .isInstanceOf(DuplicateQuantileEdgesException.class);
        assertThat(RfmModel.fitted(same, same, keys, 2, false).populationSize()).isEqualTo(2);
    }

    private static CustomerMetrics metrics(long i) {
        return new CustomerMetrics(i, 10 * (5 - i), i, BigDecimal.valueOf(10 * i));
    }
}
