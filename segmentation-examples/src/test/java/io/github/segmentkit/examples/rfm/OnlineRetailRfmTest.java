package io.github.segmentkit.examples.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import io.github.segmentkit.classifiers.behavioral.rfm.transactions.CleaningReport;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnlineRetailRfmTest {
    /**
     * Segment counts of the golden file (last column, the pandas tutorial's names), counted here and renamed to the
     * canonical snake_case names the example shows: the two presets list the same rules in the same order.
     */
    private static Map<String, Long> goldenCounts() throws IOException {
        List<String> published = RfmSegmentMap.pandasTutorial().segments();
        List<String> clean = RfmSegmentMap.canonical().segments();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(OnlineRetailRfmTest.class
                .getResourceAsStream("/golden/online-retail-sample20-expected.csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1))
                    .map(segment -> clean.get(published.indexOf(segment)))
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
        assertThat(counts).containsKeys("at_risk", "cannot_lose_them").doesNotContainKeys("at_Risk", "cant_loose");
    }

    @Test
    void should_drop_the_sample_cancellations_by_the_online_retail_rule_and_account_for_every_line() {
        CleaningReport cleaning = OnlineRetailRfm.analyse().cleaning().orElseThrow();

        assertThat(cleaning.read()).isEqualTo(101_635); // data lines of the bundled sample (wc -l minus the header)
        assertThat(cleaning.dropped()).isEqualTo(cleaning.droppedByReason().values().stream()
                .mapToLong(Long::longValue).sum());
        assertThat(cleaning.kept() + cleaning.dropped()).isEqualTo(cleaning.read());
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
