package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.benchmarks.crm.CrmBenchmark;
import io.github.segmentkit.benchmarks.workload.BenchSegments;
import io.github.segmentkit.benchmarks.workload.Workload;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CRM benchmark on 2,000 customers and a real PostgreSQL: setup checks every way of loading and counting against
 * the workload's hand-computed counts; each benchmark method then reads every row, and the two counting methods agree.
 */
class CrmBenchmarkTest {
    private static final int CUSTOMERS = 2_000;

    @Test
    void should_load_every_row_and_count_as_the_hand_computed_workload() throws Exception {
        CrmBenchmark benchmark = new CrmBenchmark();
        benchmark.customers = CUSTOMERS;
        benchmark.setUp();   // throws when any count differs
        try {
            Blackhole sink = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            assertThat(benchmark.csvLoader(sink).loaded()).isEqualTo(CUSTOMERS);
            assertThat(benchmark.csvHandWritten(sink)).isEqualTo(CUSTOMERS);
            assertThat(benchmark.postgresLoader(sink).loaded()).isEqualTo(CUSTOMERS);
            assertThat(benchmark.postgresHandWritten(sink)).isEqualTo(CUSTOMERS);

            int[] expected = Workload.of(CUSTOMERS).expectedCounts();
            assertThat(IntStream.range(0, expected.length)
                    .map(s -> (int) benchmark.postgresPushDown().count(BenchSegments.ALL.get(s).name())).toArray())
                    .containsExactly(expected);
            assertThat(benchmark.postgresPushDown().customerCount()).isEqualTo(CUSTOMERS);
            assertThat(benchmark.engineCounts()).containsExactly(expected);
            assertThat(benchmark.engineBuildAndCount()).containsExactly(expected);
            sink.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        } finally {
            benchmark.tearDown();
        }
    }
}
