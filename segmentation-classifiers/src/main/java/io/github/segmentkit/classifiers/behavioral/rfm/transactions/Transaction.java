package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One invoice line: who bought, on which invoice, when, how many and at what unit price. Lines that RFM must ignore
 * (no customer id, a return, a cancellation under {@link CancellationRule#ONLINE_RETAIL_C_PREFIX}, a zero quantity,
 * a non-positive price) are valid transactions; the {@link RfmAggregator} counts and drops them.
 *
 * <pre>{@code
 * Transaction line = new Transaction(17850L, "536365", LocalDateTime.parse("2010-12-01T08:26"), 6,
 *         new BigDecimal("2.55"));
 * }</pre>
 *
 * @param customerId the customer id, the same {@code long} the customer schema reads; {@code null} when the line has
 *                   no customer (a guest purchase)
 * @param invoice    the invoice number, any text, not {@code null}
 * @param timestamp  when, zone-less, not {@code null}
 * @param quantity   units bought, whole numbers; negative for a return, may be zero (such lines are dropped)
 * @param unitPrice  price per unit, not {@code null}; may be zero or negative (such lines are dropped)
 */
public record Transaction(Long customerId, String invoice, LocalDateTime timestamp, long quantity,
        BigDecimal unitPrice) {
    public Transaction {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }
}
