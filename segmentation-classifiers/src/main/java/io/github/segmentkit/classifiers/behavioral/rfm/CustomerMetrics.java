package io.github.segmentkit.classifiers.behavioral.rfm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One customer's RFM metrics, keyed by the same {@code long} id a
 * {@link io.github.segmentkit.api.schema.CustomerSchema} reads, so results join to the user's customers.
 *
 * <pre>{@code
 * new CustomerMetrics(12347, 3, 7, new BigDecimal("4310.00"));
 * }</pre>
 *
 * @param customerId the customer id
 * @param recency    whole days since the last purchase, floored (a purchase 36 hours ago is 1 day)
 * @param frequency  distinct invoices, at least 1
 * @param monetary   total spend, exact, positive
 */
public record CustomerMetrics(long customerId, long recency, long frequency, BigDecimal monetary) {
    public CustomerMetrics {
        Objects.requireNonNull(monetary, "monetary");
        if (frequency < 1) {
            throw new IllegalArgumentException("customer " + customerId + ": frequency must be at least 1, was "
                    + frequency);
        }
        if (monetary.signum() <= 0) {
            throw new IllegalArgumentException("customer " + customerId + ": monetary must be positive, was "
                    + monetary);
        }
    }
}
