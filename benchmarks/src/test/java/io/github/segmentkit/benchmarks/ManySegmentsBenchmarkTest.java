package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.segments.ManySegmentsBenchmark;
import org.junit.jupiter.api.Test;

/** The many-segments benchmark checks its bands against a plain loop at setup; run it once on 10,000 customers. */
class ManySegmentsBenchmarkTest {
    @Test
    void should_agree_with_the_plain_loop_at_every_number_of_segments() {
        for (int segments : new int[] {20, 2000}) {
            ManySegmentsBenchmark benchmark = new ManySegmentsBenchmark();
            benchmark.customers = 10_000;
            benchmark.segments = segments;
            benchmark.setUp();   // throws when a count differs

            int[] counts = benchmark.counts();
            assertThat(counts).hasSize(segments);
            assertThat(benchmark.segment().segmentNames()).hasSize(segments);
        }
    }
}
