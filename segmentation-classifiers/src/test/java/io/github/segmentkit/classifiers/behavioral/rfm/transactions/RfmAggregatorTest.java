package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.classifiers.behavioral.rfm.CustomerMetrics;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmAggregatorTest {
    private static final LocalDateTime T = LocalDateTime.of(2011, 12, 9, 12, 50);

    private static RfmAggregator aggregator() {
        return RfmAnalysis.of(RfmConfig.at(T)).aggregator();
    }

    @Test
    void should_count_an_invoice_once_even_when_its_lines_are_not_contiguous() {
        RfmAggregator aggregator = aggregator();
        for (String invoice : List.of("1", "2", "1", "3", "4", "5", "6", "7", "8", "9", "2", "9", "10", "1")) {
            aggregator.accept(7L, invoice, T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T).get(0).frequency()).isEqualTo(10);
    }

    @Test
    void should_keep_invoice_numbers_with_leading_zeros_letters_or_many_digits_distinct() {
        RfmAggregator aggregator = aggregator();
        List<String> invoices = List.of("12", "012", "0012", "A12", "12A", "1234567890123456789", "1234567890123456789",
                "0", "00", "12", "A12", "०१२");
        for (String invoice : invoices) {
            aggregator.accept(7L, invoice, T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T).get(0).frequency()).isEqualTo(new HashSet<>(invoices).size());
    }

    @Test
    void should_count_the_invoices_of_a_heavy_buyer() {
        RfmAggregator aggregator = aggregator();
        for (int i = 0; i < 1000; i++) {
            aggregator.accept(7L, Integer.toString(500 + i % 300), T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T).get(0).frequency()).isEqualTo(300);
    }

    @Test
    void should_floor_recency_to_whole_days() {
        RfmAggregator aggregator = aggregator();
        aggregator.accept(1L, "1", T, 1, BigDecimal.ONE);
        aggregator.accept(2L, "2", LocalDateTime.of(2011, 12, 2, 0, 0), 1, BigDecimal.ONE);
        aggregator.accept(3L, "3", LocalDateTime.of(2011, 12, 11, 0, 0, 0, 500), 1, BigDecimal.ONE);
        aggregator.accept(4L, "4", LocalDateTime.of(2011, 12, 1, 23, 59, 59, 999_999_999), 1, BigDecimal.ONE);
        aggregator.accept(4L, "5", LocalDateTime.of(2011, 12, 1, 0, 0, 0, 1), 1, BigDecimal.ONE);

        List<CustomerMetrics> metrics = aggregator.metrics(LocalDateTime.of(2011, 12, 11, 0, 0, 0, 500));

        // 35 h 10 min -> 1 day; 9 days + 500 ns -> 9; bought at the analysis time itself -> 0;
        // the later of customer 4's purchases is 9 days and 1 ns before -> 9
        assertThat(metrics).extracting(CustomerMetrics::recency).containsExactly(1L, 9L, 0L, 9L);
    }

    @Test
    void should_refuse_an_analysis_time_before_the_newest_transaction_naming_both() {
        RfmAggregator aggregator = aggregator();
        aggregator.accept(1L, "1", LocalDateTime.of(2011, 12, 9, 12, 50), 1, BigDecimal.ONE);
        aggregator.accept(2L, "2", LocalDateTime.of(2011, 12, 1, 8, 0), 1, BigDecimal.ONE);

        assertThatThrownBy(() -> aggregator.metrics(LocalDateTime.of(2011, 12, 1, 0, 0)))
                .isInstanceOf(AnalysisTimeBeforeTransactionException.class)
                .hasMessageStartingWith("analysis time 2011-12-01T00:00 is before the newest transaction, at "
                        + "2011-12-09T12:50")
                .satisfies(e -> {
                    AnalysisTimeBeforeTransactionException error = (AnalysisTimeBeforeTransactionException) e;
                    assertThat(error.analysisTime()).isEqualTo(LocalDateTime.of(2011, 12, 1, 0, 0));
                    assertThat(error.newestTransaction()).isEqualTo(LocalDateTime.of(2011, 12, 9, 12, 50));
                });
    }

    @Test
    void should_refuse_an_early_analysis_time_through_the_analysis_too() {
        List<Transaction> lines = List.of(new Transaction(1L, "1", T, 1, BigDecimal.ONE));

        assertThatThrownBy(() -> RfmAnalysis.of(RfmConfig.at(T.minusSeconds(1))).analyse(lines))
                .isInstanceOf(AnalysisTimeBeforeTransactionException.class)
                .hasMessageContaining("2011-12-09T12:49:59").hasMessageContaining("2011-12-09T12:50");
        assertThat(RfmAnalysis.of(RfmConfig.at(T)).analyse(lines).customer(1).orElseThrow().metrics().recency())
                .isZero();
    }

    @Test
    void should_sum_money_exactly_on_the_fast_and_the_slow_path() {
        RfmAggregator aggregator = aggregator();
        aggregator.accept(1L, "1", T, 3, new BigDecimal("0.10"));
        aggregator.accept(1L, "1", T, 1, new BigDecimal("0.0000001"));
        aggregator.accept(2L, "2", T, Long.MAX_VALUE / 10, new BigDecimal("99.99"));
        aggregator.accept(2L, "2", T, Long.MAX_VALUE / 10, new BigDecimal("99.99"));

        List<CustomerMetrics> metrics = aggregator.metrics(T);

        assertThat(metrics.get(0).monetary()).isEqualTo(new BigDecimal("0.3000001"));
        assertThat(metrics.get(1).monetary()).isEqualTo(new BigDecimal("99.99")
                .multiply(BigDecimal.valueOf(Long.MAX_VALUE / 10)).multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void should_list_customers_in_numeric_id_order() {
        RfmAggregator aggregator = aggregator();
        for (long id : new long[] {10, 9, -3, Long.MAX_VALUE, 100}) {
            aggregator.accept(id, "1", T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T)).extracting(CustomerMetrics::customerId)
                .containsExactly(-3L, 9L, 10L, 100L, Long.MAX_VALUE);
    }

    @Test
    void should_treat_invoice_numbers_as_plain_text_by_default() {
        RfmAggregator aggregator = aggregator();
        aggregator.accept(1L, "CRM-1", T, 2, BigDecimal.ONE);
        aggregator.accept(1L, "INV-C1", T, 1, BigDecimal.ONE);
        aggregator.accept(1L, "C536379", T, 1, BigDecimal.ONE);

        assertThat(aggregator.metrics(T)).singleElement().satisfies(c -> {
            assertThat(c.frequency()).isEqualTo(3);
            assertThat(c.monetary()).isEqualByComparingTo("4");
        });
        assertThat(aggregator.cleaning().dropped()).isZero();
    }

    @Test
    void should_drop_invoices_starting_with_c_only_under_the_online_retail_rule() {
        RfmAggregator aggregator = RfmAnalysis.of(RfmConfig.at(T)
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX)).aggregator();
        aggregator.accept(1L, "C536379", T, 5, BigDecimal.ONE);
        aggregator.accept(1L, "CRM-1", T, 2, BigDecimal.ONE);
        aggregator.accept(1L, "INV-C1", T, 1, BigDecimal.ONE);
        aggregator.accept(1L, "536380c", T, 1, BigDecimal.ONE);

        // 'C' at the start only, and case-sensitive, as the data set writes it
        assertThat(aggregator.metrics(T)).singleElement().extracting(CustomerMetrics::frequency).isEqualTo(2L);
        assertThat(aggregator.cleaning().dropped(DropReason.CANCELLED_INVOICE)).isEqualTo(2);
    }

    @Test
    void should_drop_returns_and_count_every_dropped_line_by_its_first_reason() {
        RfmAggregator aggregator = RfmAnalysis.of(RfmConfig.at(T)
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX)).aggregator();
        aggregator.accept(1L, "1", T, 3, BigDecimal.TEN);              // kept
        aggregator.accept(1L, "2", T, -3, BigDecimal.TEN);             // return
        aggregator.accept(1L, "3", T, -1, BigDecimal.ZERO);            // return (before price)
        aggregator.accept(1L, "4", T, 0, BigDecimal.TEN);              // zero quantity
        aggregator.accept(1L, "5", T, 2, new BigDecimal("-0.01"));     // price
        aggregator.accept(1L, "C6", T, -2, BigDecimal.TEN);            // cancellation (before return)
        aggregator.accept(null, "C7", T, -2, BigDecimal.ZERO);         // missing customer (before all)
        aggregator.accept(2L, "8", T, 1, BigDecimal.ONE);              // kept

        CleaningReport cleaning = aggregator.cleaning();
        assertThat(cleaning.read()).isEqualTo(8);
        assertThat(cleaning.kept()).isEqualTo(2);
        assertThat(cleaning.dropped(DropReason.MISSING_CUSTOMER_ID)).isEqualTo(1);
        assertThat(cleaning.dropped(DropReason.CANCELLED_INVOICE)).isEqualTo(1);
        assertThat(cleaning.dropped(DropReason.RETURN)).isEqualTo(2);
        assertThat(cleaning.dropped(DropReason.ZERO_QUANTITY)).isEqualTo(1);
        assertThat(cleaning.dropped(DropReason.NON_POSITIVE_PRICE)).isEqualTo(1);
        assertThat(cleaning.dropped()).isEqualTo(6);
        assertThat(aggregator.metrics(T)).extracting(CustomerMetrics::monetary)
                .containsExactly(new BigDecimal("30"), new BigDecimal("1"));
    }

    @Test
    void should_refuse_counts_that_do_not_add_up() {
        assertThatThrownBy(() -> new CleaningReport(5, 3, java.util.Map.of(DropReason.RETURN, 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up: read 5, kept 3");
    }

    @Test
    void should_name_the_line_of_a_transaction_missing_its_invoice() {
        RfmAggregator aggregator = aggregator();
        aggregator.accept(1L, "1", T, 1, BigDecimal.ONE);

        assertThatThrownBy(() -> aggregator.accept(1L, null, T, 1, BigDecimal.ONE))
                .isInstanceOf(InvalidTransactionException.class).hasMessage("line 2, column 'invoice': the invoice "
                        + "is missing");
    }

    @Test
    void should_refuse_an_aggregator_that_cleans_with_another_rule() {
        RfmAggregator plain = aggregator();
        RfmAnalysis onlineRetail = RfmAnalysis.of(RfmConfig.at(T)
                .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX));

        assertThatThrownBy(() -> onlineRetail.analyse(plain)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEGATIVE_QUANTITY").hasMessageContaining("ONLINE_RETAIL_C_PREFIX");
    }

    @Test
    void should_give_an_empty_report_for_no_transactions() {
        RfmReport report = RfmAnalysis.of(RfmConfig.at(T)).analyse(List.of());

        assertThat(report.customers()).isEmpty();
        assertThat(report.model()).isEmpty();
        assertThat(report.segmentCounts().values()).containsOnly(0L);
        assertThat(report.cleaning().orElseThrow().read()).isZero();
    }

    @Test
    void should_read_quoted_csv_fields_and_name_the_line_and_column_of_a_bad_value() {
        String csv = "id,inv,when,qty,price,note\n"
                + "1,10,2011-01-02 10:00:00,2,1.5,\"a, \"\"quoted\"\"\nnote\"\n"
                + "2,11,2011-01-03,1,x,plain\n";
        List<Transaction> read = new ArrayList<>();
        TransactionCsvReader reader = TransactionCsvReader.withColumns(
                new TransactionCsvReader.Columns("id", "inv", "when", "qty", "price"));

        assertThatThrownBy(() -> reader.read(new StringReader(csv), read::add))
                .isInstanceOf(InvalidTransactionException.class)
                .hasMessage("line 4, column 'price': not a number: 'x'");
        assertThat(read).containsExactly(new Transaction(1L, "10", LocalDateTime.of(2011, 1, 2, 10, 0), 2,
                new BigDecimal("1.5")));
    }

    @Test
    void should_name_a_missing_column() {
        TransactionCsvReader reader = TransactionCsvReader.onlineRetail();

        assertThatThrownBy(() -> reader.read(new StringReader("InvoiceNo,Quantity\n"), t -> { }))
                .isInstanceOf(InvalidTransactionException.class)
                .hasMessageContaining("column 'CustomerID': column not found; the header has [InvoiceNo, Quantity]");
    }
}
