package io.github.segmentkit.campaign.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoProportionTestTest {

    @Test
    void should_give_the_reference_lift_z_and_p_value() {
        // docs/campaigns.md: treated 30/200, control 10/100 -> lift 1.5, z = 1.200961, p = 0.229766
        TwoProportionTest test = TwoProportionTest.of(Proportion.of(30, 200), Proportion.of(10, 100));

        assertThat(test.lift().orElseThrow()).isCloseTo(1.5, within(1e-12));
        assertThat(test.z()).isCloseTo(1.200961, within(5e-7));
        assertThat(test.pValue()).isCloseTo(0.229766, within(5e-7));
    }

    @Test
    void should_match_a_hand_computed_significant_difference() {
        // 50/500 against 20/500: pooled p = 70/1000 = 0.07; variance = 0.07 * 0.93 * (2/500) = 0.0002604;
        // z = (0.10 - 0.04) / sqrt(0.0002604) = 0.06 / 0.0161369 = 3.718183; p = erfc(3.718183 / sqrt 2) = 0.00020066
        TwoProportionTest test = TwoProportionTest.of(Proportion.of(50, 500), Proportion.of(20, 500));

        assertThat(test.lift().orElseThrow()).isCloseTo(2.5, within(1e-12));
        assertThat(test.z()).isCloseTo(3.718183, within(5e-7));
        assertThat(test.pValue()).isCloseTo(0.00020066, within(5e-9));
    }

    @Test
    void should_give_a_negative_z_when_the_control_does_better() {
        // 8/100 against 12/100: pooled 0.1; z = -0.04 / sqrt(0.09 * 0.02) = -2 sqrt(2) / 3 = -0.942809; p = 0.345779
        TwoProportionTest test = TwoProportionTest.of(Proportion.of(8, 100), Proportion.of(12, 100));

        assertThat(test.z()).isCloseTo(-2 * Math.sqrt(2) / 3, within(1e-12));
        assertThat(test.pValue()).isCloseTo(0.345779, within(5e-7));
        assertThat(test.lift().orElseThrow()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void should_see_no_difference_when_nobody_responded_and_no_lift_over_a_silent_control() {
        TwoProportionTest silent = TwoProportionTest.of(Proportion.of(0, 50), Proportion.of(0, 10));
        assertThat(silent.z()).isZero();
        assertThat(silent.pValue()).isEqualTo(1.0);
        assertThat(silent.lift()).isEmpty();

        assertThat(TwoProportionTest.of(Proportion.of(5, 50), Proportion.of(0, 10)).lift()).isEmpty();
    }

    @Test
    void should_refuse_a_group_without_customers() {
        assertThatThrownBy(() -> TwoProportionTest.of(Proportion.of(3, 10), Proportion.of(0, 0)))
                .hasMessage("a two-proportion test needs customers in both groups; treated 10, control 0");
    }
}
