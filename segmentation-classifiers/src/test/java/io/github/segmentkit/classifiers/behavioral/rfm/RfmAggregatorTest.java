package io.github.segmentkit.classifiers.behavioral.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmAggregatorTest {
    private static final LocalDateTime T = LocalDateTime.of(2011, 12, 9, 12, 50);

    @Test
    void should_count_an_invoice_once_even_when_its_lines_are_not_contiguous() {
        RfmAggregator aggregator = new RfmAggregator();
        for (String invoice : List.of("1", "2", "1", "3", "4", "5", "6", "7", "8", "9", "2", "9", "10", "1")) {
            aggregator.accept("c", invoice, T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T).get(0).frequency()).isEqualTo(10);
    }

    @Test
    void should_keep_invoice_numbers_with_leading_zeros_letters_or_many_digits_distinct() {
        RfmAggregator aggregator = new RfmAggregator();
        List<String> invoices = List.of("12", "012", "0012", "A12", "12A", "1234567890123456789", "1234567890123456789",
                "0", "00", "12", "A12", "०१२");
        for (String invoice : invoices) {
            aggregator.accept("c", invoice, T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T).get(0).frequency()).isEqualTo(new java.util.HashSet<>(invoices).size());
    }

    @Test
    void should_count_the_invoices_of_a_heavy_buyer() {
        RfmAggregator aggregator = new RfmAggregator();
        for (int i = 0; i < 1000; i++) {
            aggregator.accept("c", Integer.toString(500 + i % 300), T, 1, BigDecimal.ONE);
        }

        assertThat(aggregator.metrics(T).get(0).frequency()).isEqualTo(300);
    }

    @Test
    void should_floor_recency_to_whole_days() {
        RfmAggregator aggregator = new RfmAggregator();
        aggregator.accept("a", "1", T, 1, BigDecimal.ONE);
        aggregator.accept("b", "2", LocalDateTime.of(2011, 12, 2, 0, 0), 1, BigDecimal.ONE);
        aggregator.accept("c", "3", LocalDateTime.of(2011, 12, 11, 0, 0, 1), 1, BigDecimal.ONE);
        aggregator.accept("d", "4", LocalDateTime.of(2011, 12, 1, 23, 59, 59, 999_999_999), 1, BigDecimal.ONE);
        aggregator.accept("d", "5", LocalDateTime.of(2011, 12, 1, 0, 0, 0, 1), 1, BigDecimal.ONE);

        List<CustomerMetrics> metrics = aggregator.metrics(LocalDateTime.of(2011, 12, 11, 0, 0, 0, 500));

        // 35 h 10 min -> 1 day; 9 days + 500 ns -> 9; 1 s in the future -> -1 (floor, as pandas);
        // the later of d's purchases is 9 days and 1 ns before -> 9
        assertThat(metrics).extracting(CustomerMetrics::recency).containsExactly(1L, 9L, -1L, 9L);
    }

    @Test
    void should_sum_money_exactly_on_the_fast_and_the_slow_path() {
        RfmAggregator aggregator = new RfmAggregator();
        aggregator.accept("a", "1", T, 3, new BigDecimal("0.10"));
        aggregator.accept("a", "1", T, 1, new BigDecimal("0.0000001"));
        aggregator.accept("b", "2", T, Long.MAX_VALUE / 10, new BigDecimal("99.99"));
        aggregator.accept("b", "2", T, Long.MAX_VALUE / 10, new BigDecimal("99.99"));

        List<CustomerMetrics> metrics = aggregator.metrics(T);

        assertThat(metrics.get(0).monetary()).isEqualTo(new BigDecimal("0.3000001"));
        assertThat(metrics.get(1).monetary()).isEqualTo(new BigDecimal("99.99")
                .multiply(BigDecimal.valueOf(Long.MAX_VALUE / 10)).multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void should_strip_customer_ids_and_treat_blank_ones_as_missing() {
        RfmAggregator aggregator = new RfmAggregator();
        aggregator.accept(" 17 ", "1", T, 1, BigDecimal.ONE);
        aggregator.accept("17", "2", T, 1, BigDecimal.ONE);
        aggregator.accept("\t", "3", T, 1, BigDecimal.ONE);
        aggregator.accept(null, "4", T, 1, BigDecimal.ONE);

        assertThat(aggregator.metrics(T)).singleElement().extracting(CustomerMetrics::frequency).isEqualTo(2L);
        assertThat(aggregator.cleaning().missingCustomerId()).isEqualTo(2);
    }

    @Test
    void should_name_the_line_of_a_transaction_missing_its_invoice() {
        RfmAggregator aggregator = new RfmAggregator();
        aggregator.accept("a", "1", T, 1, BigDecimal.ONE);

        assertThatThrownBy(() -> aggregator.accept("a", null, T, 1, BigDecimal.ONE))
                .isInstanceOf(InvalidTransactionException.class).hasMessage("line 2, column 'invoice': the invoice "
                        + "is missing");
    }

    @Test
    void should_give_an_empty_report_for_no_transactions() {
        RfmReport report = RfmAnalysis.of(RfmConfig.at(T)).analyse(List.of());

        assertThat(report.customers()).isEmpty();
        assertThat(report.model()).isEmpty();
        assertThat(report.segmentCounts().values()).containsOnly(0L);
        assertThat(report.cleaning().orElseThrow().lines()).isZero();
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
        assertThat(read).containsExactly(new Transaction("1", "10", LocalDateTime.of(2011, 1, 2, 10, 0), 2,
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
