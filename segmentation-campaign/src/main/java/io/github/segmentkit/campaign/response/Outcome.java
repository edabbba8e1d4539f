package io.github.segmentkit.campaign.response;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What happened to one customer in a campaign: whether it was contacted, whether it responded (bought, clicked,
 * accepted the offer) and the revenue it brought. A customer without an outcome counts as not contacted, not
 * responded, no revenue.
 *
 * <pre>{@code
 * Outcome bought = new Outcome(42L, true, true, new BigDecimal("59.90"));
 * Outcome ignored = Outcome.of(43L, true, false);
 * }</pre>
 *
 * @param customerId the customer
 * @param contacted  whether the campaign reached it
 * @param responded  whether it responded
 * @param revenue    the revenue attributed to the campaign, in one currency; not null (a return may be negative)
 */
public record Outcome(long customerId, boolean contacted, boolean responded, BigDecimal revenue) {
    public Outcome {
        Objects.requireNonNull(revenue, "revenue");
    }

    /** An outcome without revenue. */
    public static Outcome of(long customerId, boolean contacted, boolean responded) {
        return new Outcome(customerId, contacted, responded, BigDecimal.ZERO);
    }
}
