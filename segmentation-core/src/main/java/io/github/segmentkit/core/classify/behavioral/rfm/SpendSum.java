package io.github.segmentkit.core.classify.behavioral.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact running total of quantity &times; unit price. Prices with at most {@link #FAST_SCALE} decimals (all real
 * currencies) are summed as a {@code long} of the smallest unit; anything else, or a total that would overflow,
 * goes to a {@link BigDecimal}. The result is exact either way and carries the largest price scale seen
 * ({@code 2458.70}, as {@code Decimal} sums print).
 *
 * <p>Not thread-safe.
 */
final class SpendSum {
    private static final int FAST_SCALE = 4;
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    private long fast;
    private BigDecimal slow;
    private int scale;

    /** Adds {@code quantity * price}. */
    void add(long quantity, BigDecimal price) {
        int priceScale = price.scale();
        if (priceScale > scale) {
            scale = priceScale;
        }
        if (priceScale >= 0 && priceScale <= FAST_SCALE && price.precision() <= 18) {
            try {
                long units = Math.multiplyExact(price.unscaledValue().longValueExact(),
                        POWERS[FAST_SCALE - priceScale]);
                fast = Math.addExact(fast, Math.multiplyExact(units, quantity));
                return;
            } catch (ArithmeticException overflow) {
                // fall through to the exact slow path
            }
        }
        BigDecimal product = price.multiply(BigDecimal.valueOf(quantity));
        slow = slow == null ? product : slow.add(product);
    }

    /** The exact total. */
    BigDecimal total() {
        BigDecimal total = BigDecimal.valueOf(fast, FAST_SCALE);
        if (slow != null) {
            total = total.add(slow);
        }
        // every addend has at most 'scale' decimals, so this never rounds
        return total.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
