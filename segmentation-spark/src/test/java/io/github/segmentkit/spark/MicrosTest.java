package io.github.segmentkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MicrosTest {
    @Test
    void should_round_down_to_whole_microseconds_and_say_whether_anything_was_lost() {
        // 2024-03-31T00:00Z is 1,711,843,200 s after the epoch
        assertThat(Micros.of(Instant.parse("2024-03-31T00:00:00Z"))).isEqualTo(new Micros(1_711_843_200_000_000L,
                true));
        assertThat(Micros.of(Instant.parse("2024-03-31T00:00:00.000000001Z")))
                .isEqualTo(new Micros(1_711_843_200_000_000L, false));
        assertThat(Micros.of(Instant.parse("2024-03-30T23:59:59.999999999Z")))
                .isEqualTo(new Micros(1_711_843_199_999_999L, false));
    }

    @Test
    void should_round_instants_before_the_epoch_down_too() {
        assertThat(Micros.of(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo(new Micros(-500_000L, true));
        assertThat(Micros.of(Instant.parse("1969-12-31T23:59:59.999999999Z"))).isEqualTo(new Micros(-1L, false));
    }

    @Test
    void should_saturate_beyond_long_microseconds_as_inexact() {
        assertThat(Micros.of(Instant.MAX)).isEqualTo(new Micros(Long.MAX_VALUE, false));
        assertThat(Micros.of(Instant.MIN)).isEqualTo(new Micros(Long.MIN_VALUE, false));
    }
}
