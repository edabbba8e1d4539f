package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.peers.ReferenceEvaluatorBenchmark;
import io.github.segmentkit.benchmarks.peers.SinglePassLoopBenchmark;
import io.github.segmentkit.benchmarks.peers.StreamsBenchmark;
import io.github.segmentkit.benchmarks.segmentkit.SegmentKitBenchmark;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * Runs each peer's setup (which checks its counts itself) and one invocation on 10,000 customers, and compares the
 * result with the {@code ReferenceEvaluator}'s counts, so that {@code ./mvnw verify} proves the benchmarks right
 * without running JMH.
 */
class PeersAgreeWithReferenceTest {
    static final int SIZE = 10_000;

    static int[] expected() {
        return Workload.of(SIZE).expectedCounts();
    }

    @Test
    void should_give_every_segment_some_but_not_all_customers() {
        int[] counts = expected();
        assertThat(counts).hasSize(BenchSegments.ALL.size());
        for (int s = 0; s < counts.length; s++) {
            assertThat(counts[s]).as(BenchSegments.names().get(s)).isBetween(1, SIZE - 1);
        }
    }

    @Test
    void should_count_like_the_reference_with_streams() {
        StreamsBenchmark peer = new StreamsBenchmark();
        peer.customers = SIZE;
        peer.setUp();
        assertThat(peer.counts()).containsExactly(expected());
        assertThat(Answers.sizes(peer.memberIds())).containsExactly(expected());
    }

    @Test
    void should_count_like_the_reference_with_one_loop() {
        SinglePassLoopBenchmark peer = new SinglePassLoopBenchmark();
        peer.customers = SIZE;
        peer.setUp();
        assertThat(peer.counts()).containsExactly(expected());
    }

    @Test
    void should_count_like_the_reference_with_the_reference_benchmark() {
        ReferenceEvaluatorBenchmark peer = new ReferenceEvaluatorBenchmark();
        peer.customers = SIZE;
        peer.setUp();
        var result = peer.segment();
        assertThat(BenchSegments.names().stream().mapToInt(result::count).toArray()).containsExactly(expected());
    }

    @Test
    void should_count_like_the_reference_with_segmentkit_on_one_and_two_threads() {
        for (int threads = 1; threads <= 2; threads++) {
            SegmentKitBenchmark peer = new SegmentKitBenchmark();
            peer.customers = SIZE;
            peer.threads = threads;
            peer.setUp();
            assertThat(peer.counts()).containsExactly(expected());
            assertThat(Answers.sizes(peer.memberIds())).containsExactly(expected());
        }
    }

    @Test
    void should_refuse_a_peer_whose_counts_differ() {
        int[] wrong = expected();
        wrong[3]++;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Answers.check("broken", expected(), wrong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken").hasMessageContaining(BenchSegments.names().get(3));
    }
}
