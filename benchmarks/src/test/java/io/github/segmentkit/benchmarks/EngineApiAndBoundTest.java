package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.segmentkit.benchmarks.bound.ColumnReadBoundBenchmark;
import io.github.segmentkit.benchmarks.bound.TouchedColumns;
import io.github.segmentkit.benchmarks.memory.MemoryFootprint;
import io.github.segmentkit.benchmarks.segmentkit.ClassifyBenchmark;
import io.github.segmentkit.benchmarks.table.PrebuiltTableBenchmark;
import io.github.segmentkit.benchmarks.workload.Answers;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pre-built-table variant, the classify benchmark, the column-read bound and the memory command on small sizes:
 * their setups run their own checks, and the results are compared with independent computations.
 */
class EngineApiAndBoundTest {
    private static final int SIZE = 10_000;

    @Test
    void should_count_like_the_reference_on_a_prebuilt_table() {
        for (int threads = 1; threads <= 2; threads++) {
            PrebuiltTableBenchmark peer = new PrebuiltTableBenchmark();
            peer.customers = SIZE;
            peer.threads = threads;
            peer.setUp();
            int[] expected = Workload.of(SIZE).expectedCounts();
            assertThat(peer.counts()).containsExactly(expected);
            assertThat(Answers.sizes(peer.memberIds())).containsExactly(expected);
            assertThat(peer.buildTable().rowCount()).isEqualTo(SIZE);
        }
    }

    @Test
    void should_classify_every_sampled_customer_like_the_reference() {
        ClassifyBenchmark benchmark = new ClassifyBenchmark();
        assertThatCode(benchmark::setUp).as("compares all 65,536 customers with the reference")
                .doesNotThrowAnyException();
        assertThat(benchmark.buildSegmenter().segments()).isEqualTo(BenchSegments.ALL);
    }

    @Test
    void should_read_the_same_sum_on_two_threads_as_a_plain_loop() throws Exception {
        ColumnReadBoundBenchmark bound = new ColumnReadBoundBenchmark();
        bound.customers = SIZE;
        bound.threads = 2;
        bound.setUp();
        try {
            TouchedColumns columns = TouchedColumns.of(Workload.of(SIZE).customers());
            long byParts = 0;
            for (int row = 0; row < SIZE; row += 1000) {
                byParts += columns.sum(row, Math.min(SIZE, row + 1000));
            }
            assertThat(bound.read()).isEqualTo(byParts).isEqualTo(columns.sum(0, SIZE));
            assertThat(columns.columnCount()).isEqualTo(20);
            assertThat(columns.bytesPerRow()).isEqualTo(6 * 4 + 7 * 8 + 7);
        } finally {
            bound.stop();
        }
    }

    @Test
    void should_measure_every_representation() throws Exception {
        List<MemoryFootprint.Line> lines = MemoryFootprint.measure(SIZE);
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line.bytes()).isPositive());
    }
}
