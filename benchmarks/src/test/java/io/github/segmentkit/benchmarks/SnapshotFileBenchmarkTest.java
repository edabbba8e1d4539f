package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.live.LiveWorkload;
import io.github.segmentkit.benchmarks.live.SnapshotFileBenchmark;
import io.github.segmentkit.benchmarks.workload.BenchCustomer;
import io.github.segmentkit.benchmarks.workload.BenchSchema;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.live.LiveSegmentation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot file benchmark on 10,000 customers: its three benchmarks and its customer factory. */
class SnapshotFileBenchmarkTest {
    @TempDir
    Path directory;

    @Test
    void should_run_each_benchmark_with_its_own_check() throws IOException {
        SnapshotFileBenchmark benchmark = new SnapshotFileBenchmark();
        benchmark.customers = 10_000;
        benchmark.setUp();
        assertThat(benchmark.restore()).isEqualTo(10_000);
        assertThat(benchmark.build()).isEqualTo(10_000);
        assertThat(benchmark.save()).isNotNegative();
        benchmark.checkWrittenAndStop();   // restores the file save() wrote and checks it
    }

    @Test
    void should_rebuild_every_customer_as_it_was_saved() throws IOException {
        List<BenchCustomer> customers = LiveWorkload.customers(10_000);
        Path file = directory.resolve("live.snapshot");
        try (LiveSegmentation<BenchCustomer> live = LiveSegmentation.builder(BenchSchema.SCHEMA)
                .addAll(BenchSegments.ALL).asOf(BenchSegments.AS_OF).build(customers)) {
            live.saveTo(file);
        }
        List<BenchCustomer> rebuilt = new ArrayList<>();
        LiveSegmentation.builder(BenchSchema.SCHEMA).addAll(BenchSegments.ALL).restore(file, values -> {
            BenchCustomer customer = SnapshotFileBenchmark.customerOf(values);
            rebuilt.add(customer);
            return customer;
        }).close();
        // records compare field by field (doubles by their bits, so NaN equals NaN); interests as sets
        assertThat(rebuilt).isEqualTo(customers);
    }
}
