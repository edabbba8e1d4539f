package io.github.segmentkit.campaign.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void should_adjust_a_hand_worked_example_step_down_with_the_running_maximum() {
        // sorted: 0.005 (x4 = 0.02), 0.01 (x3 = 0.03), 0.03 (x2 = 0.06), 0.04 (x1 = 0.04, raised to 0.06 by the
        // running maximum, so that a smaller p-value is never adjusted above a larger one)
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void should_cap_at_one_and_keep_a_single_p_value_as_it_is() {
        assertThat(Holm.adjust(new double[] {0.5, 0.6})).containsExactly(1.0, 1.0);
        assertThat(Holm.adjust(new double[] {0.2})).containsExactly(0.2);
        assertThat(Holm.adjust(new double[0])).isEmpty();
        // ties: 3 x 0.01 = 0.03 for both, in input order
        assertThat(Holm.adjust(new double[] {0.01, 0.01, 0.5}))
                .containsExactly(new double[] {0.03, 0.03, 0.5}, within(1e-15));
    }

    @Test
    void should_name_a_p_value_outside_zero_to_one() {
        assertThatThrownBy(() -> Holm.adjust(new double[] {0.1, 1.5}))
                .hasMessage("p-value at position 1 is 1.5, not in [0, 1]");
        assertThatThrownBy(() -> Holm.adjust(new double[] {Double.NaN}))
                .hasMessage("p-value at position 0 is NaN, not in [0, 1]");
    }

    @Property(tries = 300)
    void should_lie_between_the_raw_p_value_and_bonferroni(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1) Double> values) {
        double[] pValues = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] adjusted = Holm.adjust(pValues);
        for (int i = 0; i < pValues.length; i++) {
            assertThat(adjusted[i]).isBetween(pValues[i], Math.min(1, pValues.length * pValues[i]));
            for (int j = 0; j < pValues.length; j++) {
                if (pValues[i] < pValues[j]) {
                    assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                }
            }
        }
    }
}
