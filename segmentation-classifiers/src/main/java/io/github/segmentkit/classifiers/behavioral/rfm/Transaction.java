package io.github.segmentkit.classifiers.behavioral.rfm;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One invoice line: who bought, on which invoice, when, how many and at what unit price. Lines that RFM must ignore
 * (no customer id, a cancellation invoice, a non-positive quantity or price) are valid transactions; the
 * {@link RfmAggregator} counts and drops them.
 *
 * <pre>{@code
 * Transaction line = new Transaction("17850", "536365", LocalDateTime.parse("2010-12-01T08:26"), 6,
 *         new BigDecimal("2.55"));
 * }</pre>
 *
 * @param customerId the customer id, any text (non-Latin is fine); {@code null} or blank when missing
 * @param invoice    the invoice number, not {@code null}; one containing {@code 'C'} is a cancellation
 * @param timestamp  when, zone-less, not {@code null}
 * @param quantity   units bought, whole numbers; may be zero or negative (such lines are dropped)
 * @param unitPrice  price per unit, not {@code null}; may be zero or negative (such lines are dropped)
 */
public record Transaction(String customerId, String invoice, LocalDateTime timestamp, long quantity,
        BigDecimal unitPrice) {
    public Transaction {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
