package io.github.segmentkit.benchmarks.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmImplementationsAgreeTest {
    @Test
    void should_give_every_customer_the_same_segment_in_both_implementations() {
        TransactionGenerator generator = new TransactionGenerator(2_000, 20_000, 42);

        Map<Long, String> library = LibraryRfm.segments(LibraryRfm.run(generator,
                TransactionGenerator.ANALYSIS_TIME));
        Map<Long, String> handWritten = HashMapStreamsRfm.run(generator.toList().stream(),
                TransactionGenerator.ANALYSIS_TIME);

        assertThat(library).hasSizeGreaterThan(1_900).isEqualTo(handWritten);
        Map<String, Integer> segments = new HashMap<>();
        library.values().forEach(s -> segments.merge(s, 1, Integer::sum));
        assertThat(segments).hasSize(10);
    }

    @Test
    void should_generate_the_same_lines_on_every_pass() {
        TransactionGenerator generator = new TransactionGenerator(100, 1_000, 7);

        assertThat(generator.toList()).isEqualTo(generator.toList()).hasSize(1_000);
    }
}
