package io.github.segmentkit.examples.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnlineRetailRfmTest {
    /** Segment counts of the golden file (last column), counted here. */
    private static Map<String, Long> goldenCounts() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(OnlineRetailRfmTest.class
                .getResourceAsStream("/golden/online-retail-sample20-expected.csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1))
                    .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        }
    }

    @Test
    void should_count_the_segments_of_the_golden_file() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        OnlineRetailRfm.segmentTable(OnlineRetailRfm.analyse()).forEach(row -> counts.put(row.segment(),
                row.customers()));

        assertThat(counts).isEqualTo(goldenCounts());
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(878);
    }

    @Test
    void should_print_shares_that_add_up_to_the_whole() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OnlineRetailRfm.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        double shares = OnlineRetailRfm.segmentTable(OnlineRetailRfm.analyse()).stream()
                .mapToDouble(OnlineRetailRfm.SegmentRow::share).sum();
        assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        long hibernating = goldenCounts().get("hibernating");
        assertThat(text).contains("878 customers at 2011-12-11")
                .containsPattern("hibernating\\s+" + hibernating + "\\s");
    }
}
