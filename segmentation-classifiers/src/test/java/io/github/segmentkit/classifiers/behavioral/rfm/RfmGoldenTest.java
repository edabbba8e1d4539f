package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RfmGoldenTest {
    private static final TransactionCsvReader GOLDEN_COLUMNS = TransactionCsvReader.withColumns(
            new TransactionCsvReader.Columns("customer_id", "invoice", "invoice_date", "quantity", "price"));

    private static RfmReport analyse(TransactionCsvReader reader, String resource) throws IOException {
        RfmAggregator aggregator = new RfmAggregator();
        try (Reader in = GoldenFiles.open(resource)) {
            reader.read(in, aggregator::accept);
        }
        return RfmAnalysis.of(RfmConfig.at(GoldenFiles.ANALYSIS)).analyse(aggregator);
    }

    private static List<HandWrittenRfm.Row> rows(RfmReport report) {
        return report.customers().stream().map(c -> new HandWrittenRfm.Row(c.customerId(), c.metrics().recency(),
                c.metrics().frequency(), c.metrics().monetary(), c.score().recency(), c.score().frequency(),
                c.score().monetary(), c.segment().value())).toList();
    }

    /** Compares monetary by value: 310.5 and 310.50 are the same amount. */
    private static void assertSameRows(List<HandWrittenRfm.Row> actual, List<HandWrittenRfm.Row> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            HandWrittenRfm.Row a = actual.get(i);
            HandWrittenRfm.Row e = expected.get(i);
            assertThat(a.monetary()).as("monetary of %s", e.customerId()).isEqualByComparingTo(e.monetary());
            assertThat(a).as("customer %s", e.customerId()).usingRecursiveComparison().ignoringFields("monetary")
                    .isEqualTo(e);
        }
    }

    @Test
    void should_reproduce_the_15_customer_golden_file_exactly() throws IOException {
        RfmReport report = analyse(GOLDEN_COLUMNS, "/golden/rfm-15-customers.csv");

        assertSameRows(rows(report), GoldenFiles.expected("/golden/rfm-15-expected.csv"));
        assertThat(report.segmentCounts().values()).allMatch(count -> count > 0);
        assertThat(report.segmentCounts()).hasSize(10);
    }

    @Test
    void should_print_monetary_with_the_price_scale_like_the_golden_file() throws IOException {
        RfmReport report = analyse(GOLDEN_COLUMNS, "/golden/rfm-15-customers.csv");

        Map<String, String> monetary = report.customers().stream().collect(Collectors.toMap(
                RfmCustomer::customerId, c -> c.metrics().monetary().toPlainString()));
        assertThat(monetary).containsEntry("101", "2458.70").containsEntry("104", "310.50");
    }

    @Test
    void should_count_every_line_of_the_15_customer_file_as_kept_or_dropped_for_a_reason() throws IOException {
        CleaningReport cleaning = analyse(GOLDEN_COLUMNS, "/golden/rfm-15-customers.csv").cleaning().orElseThrow();

        long dataLines = GoldenFiles.lines("/golden/rfm-15-customers.csv").size() - 1;
        assertThat(cleaning.lines()).isEqualTo(dataLines);
        assertThat(cleaning.missingCustomerId()).isEqualTo(1);
        assertThat(cleaning.cancelled()).isPositive();
        assertThat(cleaning.nonPositiveQuantity()).isPositive();
        assertThat(cleaning.nonPositivePrice()).isPositive();
    }

    @Test
    void should_match_the_golden_file_and_a_hand_written_computation_on_the_online_retail_sample()
            throws IOException {
        RfmReport report = analyse(TransactionCsvReader.onlineRetail(), GoldenFiles.ONLINE_RETAIL);
        List<HandWrittenRfm.Row> byHand = HandWrittenRfm.compute(GoldenFiles.onlineRetailByHand(),
                GoldenFiles.ANALYSIS);
        List<HandWrittenRfm.Row> golden = GoldenFiles.expected("/golden/online-retail-sample20-expected.csv");

        assertThat(golden).hasSize(878);
        assertSameRows(rows(report), golden);
        assertSameRows(byHand, golden);
        Map<String, Long> goldenCounts = golden.stream().collect(Collectors.groupingBy(HandWrittenRfm.Row::segment,
                TreeMap::new, Collectors.counting()));
        assertThat(new TreeMap<>(report.segmentCounts())).isEqualTo(goldenCounts);
    }

    @Test
    void should_score_each_online_retail_customer_alone_as_in_the_bulk_run() throws IOException {
        RfmReport report = analyse(TransactionCsvReader.onlineRetail(), GoldenFiles.ONLINE_RETAIL);
        RfmModel model = report.model().orElseThrow();

        Map<String, RfmScore> alone = report.customers().stream().collect(Collectors.toMap(RfmCustomer::customerId,
                c -> model.score(c.metrics())));
        Map<String, RfmScore> bulk = report.customers().stream().collect(Collectors.toMap(RfmCustomer::customerId,
                RfmCustomer::score));
        assertThat(alone).isEqualTo(bulk);
    }

    @Test
    void should_keep_the_canonical_map_equal_to_the_published_regular_expressions() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    RfmScore score = new RfmScore(r, f, m);
                    assertThat(RfmSegmentMap.canonical().segmentOf(score)).as("RF %s", score.rf())
                            .contains(HandWrittenRfm.segmentOfRf(score.rf()));
                }
            }
        }
        assertThat(RfmSegmentMap.canonical().segments()).containsExactly("hibernating", "at_Risk", "cant_loose",
                "about_to_sleep", "need_attention", "loyal_customers", "promising", "new_customers",
                "potential_loyalists", "champions");
    }
}
