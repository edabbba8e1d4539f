package io.github.segmentkit.insight.affinity;

import java.util.Objects;

/**
 * One purchase of an item (a product, or a category) by a customer; quantities and repeats do not matter to
 * affinity, only whether a customer bought the item at all.
 *
 * <pre>{@code
 * Purchase line = new Purchase(17850L, "85123A");
 * }</pre>
 *
 * @param customerId the customer's id, as the segmentation result reports it
 * @param item       the product or category, not {@code null}
 */
public record Purchase(long customerId, String item) {
    public Purchase {
        Objects.requireNonNull(item, () -> "item of a purchase by customer " + customerId);
    }
}
