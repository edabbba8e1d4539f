package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.peers.cqengine.CqEngineBenchmark;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.Workload;
import org.junit.jupiter.api.Test;

/** The indexed CQEngine collection of 10,000 customers counts what the {@code ReferenceEvaluator} counts. */
class CqEngineAgreesWithReferenceTest {
    private static final int SIZE = 10_000;

    @Test
    void should_count_like_the_reference() {
        CqEngineBenchmark peer = new CqEngineBenchmark();
        peer.customers = SIZE;
        peer.setUp();
        int[] expected = Workload.of(SIZE).expectedCounts();
        assertThat(peer.counts()).containsExactly(expected);
        long[][] ids = peer.memberIds();
        assertThat(Answers.sizes(ids)).containsExactly(expected);
        assertThat(ids[16]).as("an OR query, deduplicated").doesNotHaveDuplicates();
    }
}
