package io.github.segmentkit.core.column;

/**
 * Maps doubles to {@code long} keys with the same order, so that double columns share the packed encodings and
 * branch-free range tests of whole numbers. {@code -0.0} maps to the key of {@code 0.0} because criteria compare
 * them as equal; infinities keep their place at the ends. NaN never reaches here: it is a missing value.
 *
 * <pre>{@code
 * boolean below = OrderedKeys.ofDouble(-1.5) < OrderedKeys.ofDouble(-0.0);   // true
 * boolean same = OrderedKeys.ofDouble(-0.0) == OrderedKeys.ofDouble(0.0);    // true
 * }</pre>
 */
public final class OrderedKeys {
    private OrderedKeys() {
    }

    /** The key of {@code value}, which must not be NaN. */
    public static long ofDouble(double value) {
        long bits = Double.doubleToRawLongBits(value == 0.0 ? 0.0 : value);
        // negative doubles order backwards by their bits: flip all but the sign bit
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
