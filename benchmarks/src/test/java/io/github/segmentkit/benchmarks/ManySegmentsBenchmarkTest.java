package io.github.segmentkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.benchmarks.segments.DrawnSegments;
import io.github.segmentkit.benchmarks.segments.ManySegmentsBenchmark;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The many-segments benchmark checks the engine's counts against DuckDB's (and the bands against a plain loop) at
 * setup; run it once on 10,000 customers with each mix.
 */
class ManySegmentsBenchmarkTest {
    @Test
    void should_agree_with_duckdb_at_every_number_of_segments_of_each_mix() throws Exception {
        for (String mix : List.of("drawn", "bands")) {
            for (int segments : new int[] {20, 2000}) {
                ManySegmentsBenchmark benchmark = new ManySegmentsBenchmark();
                benchmark.customers = 10_000;
                benchmark.segments = segments;
                benchmark.mix = mix;
                try {
                    benchmark.setUp();   // throws when a count differs

                    int[] counts = benchmark.counts();
                    assertThat(counts).as(mix).hasSize(segments).isEqualTo(benchmark.duckDbCounts());
                    assertThat(benchmark.segment().segmentNames()).hasSize(segments);
                    if ("drawn".equals(mix)) {
                        // the agreement means something when most segments hold some customers but not all (most
                        // equal-width spend bands are empty, by design)
                        long between = Arrays.stream(counts).filter(c -> c > 0 && c < 10_000).count();
                        assertThat(between).as("drawn segments with some members").isGreaterThan(segments * 3L / 4);
                    }
                } finally {
                    benchmark.close();
                }
            }
        }
    }

    @Test
    void should_draw_every_kind_the_same_way_for_the_same_seed() {
        List<DrawnSegments.Drawn> drawn = DrawnSegments.draw(40, DrawnSegments.SEED);
        Set<String> kinds = drawn.stream().map(d -> d.segment().name().replaceAll("-\\d+$", ""))
                .collect(Collectors.toSet());

        assertThat(kinds).hasSize(20);
        assertThat(DrawnSegments.draw(40, DrawnSegments.SEED)).isEqualTo(drawn);
        assertThat(DrawnSegments.draw(40, DrawnSegments.SEED + 1).stream().map(DrawnSegments.Drawn::sql).toList())
                .isNotEqualTo(drawn.stream().map(DrawnSegments.Drawn::sql).toList());
        assertThat(drawn.stream().map(DrawnSegments.Drawn::segment).map(Segment::name).distinct()).hasSize(40);
    }
}
