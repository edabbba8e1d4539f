package io.github.segmentkit.campaign.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void should_give_the_reference_wilson_intervals() {
        // the reference intervals of docs/campaigns.md, to 4 decimals
        ConfidenceInterval twelveOfEighty = Proportion.of(12, 80).wilson95().orElseThrow();
        assertThat(twelveOfEighty.low()).isCloseTo(0.0879, within(5e-5));
        assertThat(twelveOfEighty.high()).isCloseTo(0.2441, within(5e-5));

        ConfidenceInterval noneOfTwenty = Proportion.of(0, 20).wilson95().orElseThrow();
        assertThat(noneOfTwenty.low()).isZero();
        assertThat(noneOfTwenty.high()).isCloseTo(0.1611, within(5e-5));
    }

    @Test
    void should_mirror_the_interval_of_all_successes() {
        // Wilson is symmetric under x -> n - x: [1 - 0.1611, 1] for 20 of 20
        ConfidenceInterval all = Proportion.of(20, 20).wilson95().orElseThrow();
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(1 - 0.1611, within(5e-5));
    }

    @Test
    void should_have_no_rate_or_interval_without_trials() {
        assertThat(Proportion.of(0, 0).rate()).isEmpty();
        assertThat(Proportion.of(0, 0).wilson95()).isEmpty();
        assertThat(Proportion.of(12, 80).rate().orElseThrow()).isEqualTo(0.15);
    }

    @Test
    void should_refuse_more_successes_than_trials() {
        assertThatThrownBy(() -> Proportion.of(5, 4)).hasMessageStartingWith("5 successes out of 4 trials");
        assertThatThrownBy(() -> Proportion.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proportion.of(1, 4).wilson(0)).hasMessage("z must be positive and finite, got 0.0");
    }

    @Property(tries = 300)
    void should_hold_the_rate_inside_an_interval_within_zero_and_one(@ForAll @IntRange(min = 1, max = 100_000) int n,
            @ForAll @IntRange(min = 0, max = 100_000) int x) {
        int successes = Math.min(x, n);
        Proportion proportion = Proportion.of(successes, n);
        ConfidenceInterval interval = proportion.wilson95().orElseThrow();

        assertThat(interval.contains(proportion.rate().orElseThrow())).isTrue();
        assertThat(interval.low()).isBetween(0.0, 1.0);
        assertThat(interval.high()).isBetween(interval.low(), 1.0);
    }
}
