package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.benchmarks.live.LiveSegmentationBenchmark;
import io.github.segmentkit.benchmarks.live.LiveWorkload;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.live.LiveSnapshot;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The live benchmark's answers on 10,000 customers: after changes and a clock day, the reference's members. */
class LiveSegmentationBenchmarkTest {
    @Test
    void should_end_each_benchmark_with_the_reference_members() throws InterruptedException {
        LiveSegmentationBenchmark benchmark = new LiveSegmentationBenchmark();
        benchmark.customers = 10_000;
        benchmark.setUp();
        benchmark.startLive();

        for (int i = 0; i < 10; i++) {
            benchmark.oneChange();   // an even number: every customer changed is back to its own data
        }
        assertThat(benchmark.live().awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(benchmark.eventsOfLastAdvance()).as("each change moves the customer in or out of a segment")
                .isGreaterThanOrEqualTo(10);
        long eventsBefore = benchmark.eventsOfLastAdvance();
        LiveSnapshot snapshot = benchmark.advanceOneDay();
        assertThat(benchmark.live().awaitDelivered(Duration.ofSeconds(10))).isTrue();
        // the workload: about 0.3 % of the customers cross a bound per day (each crossing is one event
        // here, a customer rarely crossing two bounds on the same day); 10,000 customers give about 33
        assertThat(benchmark.eventsOfLastAdvance() - eventsBefore).as("events of one day")
                .isBetween(10L, 60L);

        ReferenceResult expected = ReferenceEvaluator.of(BenchSchema.SCHEMA, BenchSegments.ALL,
                AsOf.date(BenchSegments.AS_OF.plusDays(1))).segment(LiveWorkload.customers(10_000));
        for (Segment segment : BenchSegments.ALL) {
            long[] ids = expected.memberIds(segment.name()).clone();
            Arrays.sort(ids);
            assertThat(snapshot.memberIds(segment.name())).as(segment.name()).containsExactly(ids);
        }
        assertThat(benchmark.fullResegmentation().count("recent_buyers")).isPositive();
        benchmark.stop();
    }
}
