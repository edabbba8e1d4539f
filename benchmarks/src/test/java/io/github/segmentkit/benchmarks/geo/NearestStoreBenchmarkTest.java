package io.github.segmentkit.benchmarks.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearestStoreBenchmarkTest {
    @Test
    void should_give_the_same_answer_with_and_without_the_index() {
        for (int stores : new int[] {200, 5000}) {
            NearestStoreBenchmark benchmark = new NearestStoreBenchmark();
            benchmark.stores = stores;
            benchmark.setUp();
            assertThat(benchmark.indexed()).isEqualTo(benchmark.everyStore());
        }
    }
}
