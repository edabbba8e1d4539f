package io.github.segmentkit.campaign.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    @Test
    void should_match_published_values_of_the_normal_distribution() {
        // standard normal table values (Abramowitz and Stegun, table 26.1)
        assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
        assertThat(StandardNormal.cdf(1.959964)).isCloseTo(0.975, within(1e-8));
        assertThat(StandardNormal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-14));
        assertThat(StandardNormal.cdf(-3)).isCloseTo(0.0013498980316301, within(1e-15));
        assertThat(StandardNormal.cdf(-6)).isCloseTo(9.865876450377e-10, within(1e-15));
        assertThat(StandardNormal.cdf(-40)).isZero();
        assertThat(StandardNormal.cdf(40)).isEqualTo(1.0);
    }

    @Test
    void should_be_symmetric_and_give_two_sided_p_values() {
        for (double x = -8; x <= 8; x += 0.25) {
            assertThat(StandardNormal.cdf(x) + StandardNormal.cdf(-x)).isCloseTo(1.0, within(1e-14));
        }
        assertThat(StandardNormal.twoSidedPValue(1.959964)).isCloseTo(0.05, within(1e-8));
        assertThat(StandardNormal.twoSidedPValue(-1.959964)).isCloseTo(0.05, within(1e-8));
        assertThat(StandardNormal.twoSidedPValue(0)).isEqualTo(1.0);
    }
}
