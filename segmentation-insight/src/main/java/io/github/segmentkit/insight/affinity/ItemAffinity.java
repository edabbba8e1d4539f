package io.github.segmentkit.insight.affinity;

import java.util.Objects;

/**
 * How strongly one segment buys one item.
 *
 * @param item              the product or category
 * @param buyers            members of the segment who bought it
 * @param support           {@code buyers} / members of the segment
 * @param populationSupport customers who bought it / all customers
 * @param lift              {@code support / populationSupport}: above 1 when the segment buys it more often
 */
public record ItemAffinity(String item, int buyers, double support, double populationSupport, double lift) {
    public ItemAffinity {
        Objects.requireNonNull(item, "item");
    }
}
