package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.classify.AttributeValues;
import io.github.segmentkit.api.classify.Label;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmReportTest {
    private static final LocalDateTime ANALYSIS = LocalDateTime.of(2024, 4, 1, 0, 0);

    record Customer(long id, String name) {
    }

    private static final CustomerSchema<Customer> SCHEMA = CustomerSchema.builder(Customer::id)
            .categorical(Attribute.ofCategorical("name"), Customer::name).build();

    /** Five customers with 1..5 invoices of 10 each, the k-th bought k days before the analysis. */
    private static RfmReport fiveCustomers(RfmConfig config) {
        List<Transaction> lines = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            for (int invoice = 0; invoice < id; invoice++) {
                lines.add(new Transaction(id * 100, id + "-" + invoice, ANALYSIS.minusDays(id), 1, BigDecimal.TEN));
            }
        }
        return RfmAnalysis.of(config).analyse(lines);
    }

    @Test
    void should_join_segment_and_scores_to_the_schema_by_the_customer_id() {
        RfmReport report = fiveCustomers(RfmConfig.at(ANALYSIS));
        CustomerSchema<Customer> withRfm = report.addTo(SCHEMA);
        RfmAttributes rfm = report.attributes();

        // n = 5: edges are the values themselves, so customer k (recency k, frequency k, monetary 10k) gets bin k:
        // R = 6 - k, F = k, M = k; 100 -> R5 F1 new_customers, 300 -> R3 F3 need_attention, 500 -> R1 F5
        // cannot_lose_them
        AttributeValues first = withRfm.values(new Customer(100, "a"));
        AttributeValues third = withRfm.values(new Customer(300, "c"));
        AttributeValues fifth = withRfm.values(new Customer(500, "e"));
        assertThat(first.get(rfm.segment().name())).isEqualTo("new_customers");
        assertThat(List.of(third.get("rfm_r"), third.get("rfm_f"), third.get("rfm_m"))).containsExactly(3L, 3L, 3L);
        assertThat(third.get("rfm_segment")).isEqualTo("need_attention");
        assertThat(fifth.get("rfm_segment")).isEqualTo("cannot_lose_them");
        assertThat(List.of(fifth.get("rfm_r"), fifth.get("rfm_f"), fifth.get("rfm_m"))).containsExactly(1L, 5L, 5L);
        assertThat(withRfm.attributes()).extracting(Attribute::name)
                .containsExactly("name", "rfm_segment", "rfm_r", "rfm_f", "rfm_m");
    }

    @Test
    void should_give_customers_without_transactions_the_unclassified_segment_and_missing_scores() {
        CustomerSchema<Customer> withRfm = fiveCustomers(RfmConfig.at(ANALYSIS)).addTo(SCHEMA);

        AttributeValues stranger = withRfm.values(new Customer(7, "g"));
        assertThat(stranger.get("rfm_segment")).isEqualTo(Label.UNCLASSIFIED);
        assertThat(stranger.get("rfm_r")).isNull();
        assertThat(stranger.get("rfm_m")).isNull();
    }

    @Test
    void should_use_the_configured_attribute_names_and_refuse_a_clash() {
        RfmReport report = fiveCustomers(RfmConfig.at(ANALYSIS).withAttributes(RfmAttributes.prefixed("q1")));

        assertThat(report.addTo(SCHEMA).values(new Customer(500, "e")).get("q1_f")).isEqualTo(5L);
        assertThat(report.attributes().frequencyScore().name()).isEqualTo("q1_f");
        CustomerSchema<Customer> clash = CustomerSchema.builder(Customer::id)
                .categorical(Attribute.ofCategorical("q1_segment"), Customer::name).build();
        assertThatThrownBy(() -> report.addTo(clash)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'q1_segment' is declared twice");
    }

    @Test
    void should_find_a_customer_by_id() {
        RfmReport report = fiveCustomers(RfmConfig.at(ANALYSIS));

        assertThat(report.customer(400).orElseThrow().metrics().frequency()).isEqualTo(4);
        assertThat(report.customer(401)).isEmpty();
        assertThat(report.customers()).extracting(RfmCustomer::customerId).containsExactly(100L, 200L, 300L, 400L,
                500L);
    }
}
