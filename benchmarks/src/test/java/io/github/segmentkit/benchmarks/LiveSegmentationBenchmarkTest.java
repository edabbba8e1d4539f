package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.benchmarks.live.LiveClockBenchmark;
import io.github.segmentkit.benchmarks.live.LiveManySegmentsBenchmark;
import io.github.segmentkit.benchmarks.live.LiveSegmentationBenchmark;
import io.github.segmentkit.benchmarks.live.LiveWorkload;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.live.LiveSnapshot;
import io.github.segmentkit.testing.ReferenceEvaluator;
import io.github.segmentkit.testing.ReferenceResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live benchmark's answers on 10,000 customers: after changes and a clock day, the reference's members. */
class LiveSegmentationBenchmarkTest {
    @Test
    void should_end_each_benchmark_with_the_reference_members() throws InterruptedException {
        LiveSegmentationBenchmark benchmark = new LiveSegmentationBenchmark();
        benchmark.customers = 10_000;
        benchmark.setUp();

        for (int i = 0; i < 10; i++) {
            benchmark.oneChange();   // an even number: every customer changed is back to its own data
        }
        assertThat(benchmark.live().awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(benchmark.events()).as("each change moves the customer in or out of a segment")
                .isGreaterThanOrEqualTo(10);
        long eventsBefore = benchmark.events();
        for (int i = 0; i < 2 * 10_000; i++) {
            benchmark.oneColdChange();   // two passes: every customer ordered today, then restored
        }
        assertThat(benchmark.live().awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(benchmark.events() - eventsBefore).as("most customers did not order today: they enter and leave")
                .isGreaterThan(2 * 9_000);
        long eventsBeforeNewObjects = benchmark.events();
        LiveSegmentationBenchmark.NewCustomerObject change = new LiveSegmentationBenchmark.NewCustomerObject();
        for (int i = 0; i < 2 * 10_000; i++) {
            change.make(benchmark);
            benchmark.oneColdChangeOfNewObject(change);   // the same two passes, as new objects
        }
        assertThat(benchmark.live().awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(benchmark.events() - eventsBeforeNewObjects).as("the same passes make the same events")
                .isEqualTo(eventsBeforeNewObjects - eventsBefore);
        assertThat(benchmark.fullResegmentation().count("recent_buyers")).isPositive();
        assertMembers(benchmark.live().snapshot(), BenchSegments.AS_OF);
        benchmark.stop();

        LiveClockBenchmark clock = new LiveClockBenchmark();
        clock.customers = 10_000;
        clock.setUp();
        clock.startLive();
        LiveSnapshot snapshot = clock.advanceOneDay();
        clock.countMoved();
        // the workload: about 0.3 % of the customers cross a bound per day (each crossing is one event
        // here, a customer rarely crossing two bounds on the same day); 10,000 customers give about 33
        assertThat(clock.movedShare()).as("share of customers moved by one day").isBetween(0.001, 0.006);
        assertThat(clock.allocatedBytesPerMove()).isPositive();
        assertMembers(snapshot, BenchSegments.AS_OF.plusDays(1));
        clock.stop();
    }

    @Test
    void should_move_many_drawn_segments_to_the_reference_members_of_the_next_day() {
        LiveManySegmentsBenchmark benchmark = new LiveManySegmentsBenchmark();
        benchmark.customers = 10_000;
        benchmark.segments = 200;
        benchmark.setUp();
        benchmark.startLive();

        LiveSnapshot snapshot = benchmark.advanceOneDay();

        assertMembers(snapshot, benchmark.drawn(), BenchSegments.AS_OF.plusDays(1));
        assertThat(benchmark.fullResegmentation().count(benchmark.drawn().get(0).name())).isPositive();
        benchmark.stop();
    }

    private static void assertMembers(LiveSnapshot snapshot, LocalDate asOf) {
        assertMembers(snapshot, BenchSegments.ALL, asOf);
    }

    private static void assertMembers(LiveSnapshot snapshot, List<Segment> segments, LocalDate asOf) {
        ReferenceResult expected = ReferenceEvaluator.of(BenchSchema.SCHEMA, segments, AsOf.date(asOf))
                .segment(LiveWorkload.customers(10_000));
        for (Segment segment : segments) {
            long[] ids = expected.memberIds(segment.name()).clone();
            Arrays.sort(ids);
            assertThat(snapshot.memberIds(segment.name())).as(segment.name()).containsExactly(ids);
        }
    }

    @Test
    void should_copy_a_customer_into_new_objects_with_equal_values() {
        BenchCustomer customer = LiveWorkload.customers(100).stream()
                .filter(c -> c.lastOrder() != null && c.lastLogin() != null && c.interests() != null
                        && !c.interests().isEmpty())
                .findFirst().orElseThrow();

        BenchCustomer copy = LiveSegmentationBenchmark.newObjects(customer);

        assertThat(copy).isEqualTo(customer).isNotSameAs(customer);
        assertThat(copy.lastOrder()).isNotSameAs(customer.lastOrder());
        assertThat(copy.lastLogin()).isNotSameAs(customer.lastLogin());
        assertThat(copy.interests()).isNotSameAs(customer.interests());
    }
}
