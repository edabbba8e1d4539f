package io.github.segmentkit.live;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One customer's purchase (or, with a negative amount, a refund) as it happens: who, when and how much. A
 * {@link LiveSegmentation} {@linkplain LiveSegmentation#append appends} it to its customer through the
 * {@link PurchaseFold} given to the builder, which updates the customer's derived behavioural attributes (last order
 * date, order count, total spend: the inputs of RFM). This is not an invoice line of the RFM transaction pipeline
 * ({@code io.github.segmentkit.classifiers.behavioral.rfm.transactions.Transaction}, which aggregates whole files
 * of them): a purchase is one event for one known customer.
 *
 * <pre>{@code
 * Purchase purchase = new Purchase(42L, Instant.parse("2024-03-31T10:15:00Z"), new BigDecimal("19.90"));
 * LocalDate day = purchase.date(ZoneOffset.UTC);   // 2024-03-31
 * }</pre>
 *
 * @param customerId the customer's id, as the schema's id extractor returns it
 * @param at         when the purchase happened
 * @param amount     how much was spent; negative for a refund
 */
public record Purchase(long customerId, Instant at, BigDecimal amount) {
    public Purchase {
        Objects.requireNonNull(at, () -> "the instant of the purchase of customer " + customerId);
        Objects.requireNonNull(amount, () -> "the amount of the purchase of customer " + customerId);
    }

    /** The day of the purchase in {@code zone}. */
    public LocalDate date(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
