package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.criteria.Criterion;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.classifiers.behavioral.rfm.CustomerMetrics;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The javadoc examples of {@code classifiers.behavioral.rfm.transactions}, compiled and run in the package of their
 * classes, on a nine-line Online Retail file whose cleaning, metrics, scores and segments are worked out by hand
 * below. Checked by {@code JavadocExamplesTest}.
 */
class TransactionsSnippetsTest {
    private static final Logger log = LoggerFactory.getLogger(TransactionsSnippetsTest.class);

    /**
     * Nine lines: four kept, and one dropped for each reason (a C-prefixed cancellation, a return, a guest line, a
     * zero quantity, a free item). Kept: 17850 buys 6 x 2.55 on 2010-12-01 and 2 x 5.00 on 2011-11-30 (2 invoices,
     * 25.30), 14527 buys 4 x 10.00 on 2011-06-01 (40.00), 12347 buys 3 x 2.00 on 2011-12-09 12:50 (6.00).
     */
    private static final String CSV = String.join("\n",
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
            "536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom",
            "536366,22633,HAND WARMER,2,2011-11-30 10:00:00,5.00,17850,United Kingdom",
            "C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527,United Kingdom",
            "536380,22961,JAM MAKING SET,-2,2010-12-01 09:45:00,1.45,14527,United Kingdom",
            "536381,22139,RETROSPOT,1,2010-12-02 10:00:00,4.25,,United Kingdom",
            "536382,22423,CAKESTAND,3,2011-12-09 12:50:00,2.00,12347,Iceland",
            "536383,21730,LANTERN,4,2011-06-01 12:00:00,10.00,14527,United Kingdom",
            "536384,21731,LANTERN,0,2011-06-01 12:00:00,1.00,14527,United Kingdom",
            "536385,21732,SAMPLE,1,2011-06-01 12:00:00,0.00,14527,United Kingdom") + "\n";

    @TempDir
    Path dir;

    record Customer(long id, String name) {}

    private final CustomerSchema<Customer> schema = CustomerSchema.builder(Customer::id)
            .categorical(Attribute.ofCategorical("name"), Customer::name).build();

    private Path csv() throws IOException {
        return Files.writeString(dir.resolve("online_retail.csv"), CSV);
    }

    private RfmReport report() throws IOException {
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader.onlineRetail().read(csv(), aggregator::accept);
        return analysis.analyse(aggregator);
    }

    /**
     * Hand-worked result at 2011-12-11 00:00. Recency in whole days: 12347 1, 17850 10, 14527 192. Type-7 quintile
     * edges of n = 3 values sit at ranks 1 + 0.4k: recency 1, 4.6, 8.2, 46.4, 119.2, 192 puts 1 in bin 1, 10 in
     * (8.2, 46.4], bin 3, and 192 in bin 5, so R5, R3, R1; monetary 6, 13.72, 21.44, 28.24, 34.12, 40 gives 12347 M1,
     * 17850 (25.30, in (21.44, 28.24]) M3, 14527 M5. Frequency keys at ranks floor(1 + 0.4k) = 1, 1, 2, 2 of
     * (1, 12347), (1, 14527), (2, 17850): F1, F3, F5. Canonical segments: R5 F1 new_customers, R3 F5
     * loyal_customers, R1 F3 at_risk.
     */
    private static void assertHandWorkedScores(RfmReport report) {
        assertThat(report.customer(12347).orElseThrow().score().code()).isEqualTo("511");
        assertThat(report.customer(17850).orElseThrow().score().code()).isEqualTo("353");
        assertThat(report.customer(14527).orElseThrow().score().code()).isEqualTo("135");
        assertThat(report.customer(12347).orElseThrow().segment().value()).isEqualTo("new_customers");
        assertThat(report.customer(17850).orElseThrow().segment().value()).isEqualTo("loyal_customers");
        assertThat(report.customer(14527).orElseThrow().segment().value()).isEqualTo("at_risk");
    }

    @Test
    void should_name_both_times_when_the_analysis_is_too_early() throws IOException {
        RfmAggregator aggregator = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-01"))).aggregator();
        TransactionCsvReader.onlineRetail().read(csv(), aggregator::accept);

        assertThatThrownBy(() -> RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-01"))).analyse(aggregator))
                .isInstanceOf(AnalysisTimeBeforeTransactionException.class)
                .hasMessage(
                        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/AnalysisTimeBeforeTransactionException.java
                        // "analysis time 2011-12-01T00:00 is before the newest transaction, at 2011-12-09T12:50;
                        //  analyse at or after 2011-12-09T12:50, or leave out the later transactions"
                        "analysis time 2011-12-01T00:00 is before the newest transaction, at 2011-12-09T12:50;"
                                + " analyse at or after 2011-12-09T12:50, or leave out the later transactions");
    }

    @Test
    void should_drop_c_prefixed_invoices_only_when_asked() throws IOException {
        LocalDateTime analysisTime = LocalDateTime.parse("2011-12-11T00:00");

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/CancellationRule.java
        RfmConfig.at(analysisTime).withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX);

        RfmAggregator onlineRetail = RfmAnalysis.of(RfmConfig.at(analysisTime)
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX)).aggregator();
        RfmAggregator byDefault = RfmAnalysis.of(RfmConfig.at(analysisTime)).aggregator();
        TransactionCsvReader.onlineRetail().read(csv(), onlineRetail::accept);
        TransactionCsvReader.onlineRetail().read(csv(), byDefault::accept);
        // C536379 has quantity -1: a cancellation under the Online Retail rule, a return by default
        assertThat(onlineRetail.cleaning().dropped(DropReason.CANCELLED_INVOICE)).isEqualTo(1);
        assertThat(onlineRetail.cleaning().dropped(DropReason.RETURN)).isEqualTo(1);
        assertThat(byDefault.cleaning().dropped(DropReason.CANCELLED_INVOICE)).isZero();
        assertThat(byDefault.cleaning().dropped(DropReason.RETURN)).isEqualTo(2);
    }

    @Test
    void should_count_every_line_once() throws IOException {
        RfmReport report = report();

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/CleaningReport.java
        CleaningReport cleaning = report.cleaning().orElseThrow();
        boolean balanced = cleaning.kept() + cleaning.dropped() == cleaning.read();   // always true
        long returns = cleaning.dropped(DropReason.RETURN);   // dropped() sums this over every DropReason

        assertThat(balanced).isTrue();
        assertThat(List.of(cleaning.read(), cleaning.kept(), cleaning.dropped(), returns)).containsExactly(9L, 4L, 5L, 1L);
        for (DropReason reason : DropReason.values()) {
            assertThat(cleaning.dropped(reason)).as("%s", reason).isEqualTo(1);
        }
    }

    @Test
    void should_count_returns() throws IOException {
        RfmReport report = report();

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/DropReason.java
        report.cleaning().orElseThrow().dropped(DropReason.RETURN);   // lines with a negative quantity

        // 536380 (-2); C536379 (-1) counts as a cancellation, the reason tried first
        assertThat(report.cleaning().orElseThrow().dropped(DropReason.RETURN)).isEqualTo(1);
    }

    @Test
    void should_name_the_file_line_and_column_of_a_bad_value() {
        StringBuilder orders = new StringBuilder("InvoiceNo,InvoiceDate,Quantity,UnitPrice,CustomerID\n");
        for (int line = 2; line < 42; line++) {
            orders.append("5363").append(line).append(",2010-12-01 08:26:00,1,2.55,17850\n");
        }
        orders.append("536399,2010-12-01 08:26:00,1,\"2,55\",17850\n");   // line 42, a decimal comma

        assertThatThrownBy(() -> TransactionCsvReader.onlineRetail().read(new StringReader(orders.toString()),
                "orders.csv", line -> { })).isInstanceOf(InvalidTransactionException.class)
                .hasMessage(
                        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/InvalidTransactionException.java
                        // "orders.csv, line 42, column 'UnitPrice': not a number: '2,55'"
                        "orders.csv, line 42, column 'UnitPrice': not a number: '2,55'");
    }

    @Test
    void should_aggregate_transactions_into_metrics() {
        RfmConfig config = RfmConfig.at(LocalDate.parse("2011-12-11"));
        List<Transaction> transactions = List.of(
                new Transaction(17850L, "536365", LocalDateTime.parse("2010-12-01T08:26"), 6, new BigDecimal("2.55")),
                new Transaction(17850L, "536366", LocalDateTime.parse("2011-11-30T10:00"), 2, new BigDecimal("5.00")));

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/RfmAggregator.java
        RfmAggregator aggregator = RfmAnalysis.of(config).aggregator();
        transactions.forEach(aggregator::accept);
        List<CustomerMetrics> metrics = aggregator.metrics(LocalDateTime.parse("2011-12-11T00:00"));

        // 2011-11-30 10:00 to 2011-12-11 00:00 is 10 days and 14 hours; 6 x 2.55 + 2 x 5.00 = 25.30
        assertThat(metrics).hasSize(1);
        assertThat(metrics.get(0).recency()).isEqualTo(10);
        assertThat(metrics.get(0).frequency()).isEqualTo(2);
        assertThat(metrics.get(0).monetary()).isEqualByComparingTo("25.30");
    }

    @Test
    void should_analyse_a_file() throws IOException {
        Path path = csv();

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/RfmAnalysis.java
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11")));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader.onlineRetail().read(path, aggregator::accept);
        RfmReport report = analysis.analyse(aggregator);

        // without the C-prefix rule C536379 is a return: the same four kept lines
        assertHandWorkedScores(report);
    }

    @Test
    void should_join_typed_rfm_attributes_to_the_schema() throws IOException {
        RfmReport report = report();
        CustomerSchema<Customer> withRfm = report.addTo(schema);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/RfmAttributes.java
        RfmAttributes rfm = report.attributes();
        Criterion winBack = rfm.segment().in("at_risk", "cannot_lose_them").and(rfm.monetaryScore().ge(4));

        assertThat(winBack).isEqualTo(Attribute.ofCategorical("rfm_segment").in("at_risk", "cannot_lose_them")
                .and(Attribute.ofLong("rfm_m").ge(4)));
        // the one win-back candidate, 14527 (R1 F3), spends enough: M5
        AttributeValues lapsed = withRfm.values(new Customer(14527, "a"));
        assertThat(List.of(lapsed.get("rfm_segment"), lapsed.get("rfm_m"))).containsExactly("at_risk", 5L);
    }

    @Test
    void should_configure_the_pandas_tutorial_reproduction() throws IOException {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/RfmConfig.java
        RfmConfig config = RfmConfig.at(LocalDate.parse("2011-12-11"))
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX)
                .withSegmentMap(RfmSegmentMap.pandasTutorial())
                .withStrictEdges(true);

        RfmAggregator aggregator = RfmAnalysis.of(config).aggregator();
        TransactionCsvReader.onlineRetail().read(csv(), aggregator::accept);
        RfmReport report = RfmAnalysis.of(config).analyse(aggregator);
        // the tutorial's spelling of at_risk; loyal_customers is spelled alike
        assertThat(report.customer(14527).orElseThrow().segment().value()).isEqualTo("at_Risk");
        assertThat(report.customer(17850).orElseThrow().segment().value()).isEqualTo("loyal_customers");
    }

    @Test
    void should_list_each_customers_scores_and_segment() throws IOException {
        RfmReport report = report();

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/RfmCustomer.java
        for (RfmCustomer c : report.customers()) {
            log.info("{} {} {}", c.customerId(), c.score().code(), c.segment().value());
        }

        // what the loop logs
        List<String> lines = new ArrayList<>();
        for (RfmCustomer c : report.customers()) {
            lines.add(c.customerId() + " " + c.score().code() + " " + c.segment().value());
        }
        assertThat(lines).containsExactlyInAnyOrder("12347 511 new_customers", "14527 135 at_risk",
                "17850 353 loyal_customers");
    }

    @Test
    void should_report_counts_and_join_the_segment() throws IOException {
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader.onlineRetail().read(csv(), aggregator::accept);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/RfmReport.java
        RfmReport report = analysis.analyse(aggregator);
        report.segmentCounts();   // each segment of the map, in its order, with its count (0 when empty)
        CustomerSchema<Customer> withRfm = report.addTo(schema);
        Criterion champions = report.attributes().segment().eq("champions");

        Map<String, Long> counts = report.segmentCounts();
        assertThat(counts.keySet()).containsExactlyElementsOf(RfmSegmentMap.canonical().segments());
        assertThat(counts).containsEntry("at_risk", 1L).containsEntry("loyal_customers", 1L)
                .containsEntry("new_customers", 1L).containsEntry("champions", 0L);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        assertThat(withRfm.values(new Customer(12347, "b")).get("rfm_segment")).isEqualTo("new_customers");
        assertThat(champions).isEqualTo(Attribute.ofCategorical("rfm_segment").eq("champions"));
    }

    @Test
    void should_hold_one_transaction_line() {
        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/Transaction.java
        Transaction line = new Transaction(17850L, "536365", LocalDateTime.parse("2010-12-01T08:26"), 6,
                new BigDecimal("2.55"));

        assertThat(line.customerId()).isEqualTo(17850L);
        assertThat(line.quantity()).isEqualTo(6);
    }

    @Test
    void should_read_an_online_retail_file_or_named_columns() throws IOException {
        Path onlineRetailCsv = csv();

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/TransactionCsvReader.java
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11")));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader.onlineRetail().read(onlineRetailCsv, aggregator::accept);   // a Path

        assertThat(aggregator.cleaning().read()).isEqualTo(9);
        assertThat(aggregator.customerCount()).isEqualTo(3);

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/TransactionCsvReader.java
        new TransactionCsvReader.Columns("customer_id", "invoice", "invoice_date", "quantity", "price");

        List<Transaction> read = new ArrayList<>();
        TransactionCsvReader.withColumns(new TransactionCsvReader.Columns("customer_id", "invoice", "invoice_date",
                "quantity", "price")).read(new StringReader("invoice,customer_id,invoice_date,quantity,price\n"
                        + "INV-C1,7,2024-01-10T10:15:00,2,3.50\n"), read::add);
        assertThat(read).containsExactly(new Transaction(7L, "INV-C1", LocalDateTime.parse("2024-01-10T10:15"), 2,
                new BigDecimal("3.50")));
    }

    @Test
    void should_run_the_whole_pipeline() throws IOException {
        Path onlineRetailCsv = csv();

        // javadoc: segmentation-classifiers/src/main/java/io/github/segmentkit/classifiers/behavioral/rfm/transactions/package-info.java
        RfmAnalysis analysis = RfmAnalysis.of(RfmConfig.at(LocalDate.parse("2011-12-11"))
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));
        RfmAggregator aggregator = analysis.aggregator();
        TransactionCsvReader.onlineRetail().read(onlineRetailCsv, aggregator::accept);   // a Path
        RfmReport report = analysis.analyse(aggregator);
        CustomerSchema<Customer> withRfm = report.addTo(schema);

        assertHandWorkedScores(report);
        assertThat(withRfm.values(new Customer(14527, "c")).get("rfm_segment")).isEqualTo("at_risk");
    }
}
