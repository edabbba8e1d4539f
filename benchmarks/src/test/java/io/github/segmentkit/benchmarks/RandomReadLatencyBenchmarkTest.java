package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.benchmarks.bound.RandomReadLatencyBenchmark;
import org.junit.jupiter.api.Test;

class RandomReadLatencyBenchmarkTest {
    @Test
    void should_read_once_per_step_and_go_on_from_where_it_stopped() {
        RandomReadLatencyBenchmark benchmark = new RandomReadLatencyBenchmark();
        benchmark.megabytes = 4;
        benchmark.setUp();   // one chase of 1,000 reads from position 1, checked by the set-up itself

        // every word is 1: each call adds exactly its 1,000 reads to where the previous one ended
        assertThat(benchmark.dependentRead()).isEqualTo(1 + 2 * 1_000);
        assertThat(benchmark.dependentRead()).isEqualTo(1 + 3 * 1_000);
    }

    @Test
    void should_refuse_a_footprint_that_is_not_a_power_of_two() {
        RandomReadLatencyBenchmark benchmark = new RandomReadLatencyBenchmark();
        benchmark.megabytes = 3;

        assertThatThrownBy(benchmark::setUp).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
    }
}
