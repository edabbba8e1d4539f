package io.github.segmentkit.campaign.audience;

import io.github.segmentkit.api.internal.SafeText;
import java.util.Objects;

/**
 * Customers who must not be contacted, and why: opted out, contacted recently, complained… An eligible customer on
 * a list is counted under the list's reason and left out of the audience and the control group.
 *
 * <pre>{@code
 * SuppressionList optedOut = SuppressionList.of("opted-out", CustomerIds.of(17L, 42L));
 * SuppressionList contacted = SuppressionList.of("contacted-last-30-days", CustomerIds.of(3L));
 * }</pre>
 *
 * @param reason    the reason the customers are counted under; not blank, no control characters, not
 *                  {@value #HIGHER_PRIORITY_CAMPAIGN}
 * @param customers the customers on the list
 */
public record SuppressionList(String reason, CustomerIds customers) {
    /** The reason of customers already given to a campaign of higher priority (in its audience or control). */
    public static final String HIGHER_PRIORITY_CAMPAIGN = "higher-priority-campaign";

    public SuppressionList {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(customers, "customers");
        if (reason.isBlank() || reason.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a suppression reason must be a non-blank name without control "
                    + "characters, got '" + SafeText.escapeControls(reason) + "'");
        }
        if (reason.equals(HIGHER_PRIORITY_CAMPAIGN)) {
            throw new IllegalArgumentException("'" + HIGHER_PRIORITY_CAMPAIGN + "' is the reason the planner "
                    + "gives itself to customers of a higher-priority campaign; name the list differently");
        }
    }

    /** The list of {@code customers} suppressed for {@code reason}. */
    public static SuppressionList of(String reason, CustomerIds customers) {
        return new SuppressionList(reason, customers);
    }
}
