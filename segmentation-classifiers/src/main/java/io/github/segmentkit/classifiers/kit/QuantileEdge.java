package io.github.segmentkit.classifiers.kit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One exact quantile edge, kept as the fraction {@code numerator / denominator} so that no rounding can move a
 * customer across it. Type-7 quantile positions are {@code (n-1)k/bins}; with 5 bins the fraction always has a
 * terminating decimal and the denominator is normalised to 1, but with 3 bins (say) it may not.
 *
 * <pre>{@code
 * QuantileEdge e = QuantileEdge.parse("13.8");
 * e.compareTo(new BigDecimal("13.80"));   // 0
 * QuantileEdge third = QuantileEdge.parse("10/3");
 * third.toString();                        // "10/3"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Neither component is {@code null}; the denominator is positive.
 *
 * @param numerator   the numerator, exact; kept without trailing zeros, so equal fractions in lowest terms are equal
 * @param denominator the denominator, at least 1; 1 whenever the value is a terminating decimal
 */
public record QuantileEdge(BigDecimal numerator, long denominator) implements Comparable<QuantileEdge> {
    public QuantileEdge {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator < 1) {
            throw new IllegalArgumentException("denominator must be at least 1, was " + denominator);
        }
        // one representation per value, so that equals() and a text round trip agree
        numerator = numerator.signum() == 0 ? BigDecimal.ZERO : numerator.stripTrailingZeros();
    }

    /** An edge equal to {@code value}. */
    public static QuantileEdge of(BigDecimal value) {
        return new QuantileEdge(value, 1);
    }

    /** {@code numerator / denominator}, reduced to a plain decimal when that is exact. */
    public static QuantileEdge ratio(BigDecimal numerator, long denominator) {
        if (denominator == 1) {
            return of(numerator);
        }
        try {
            return of(numerator.divide(BigDecimal.valueOf(denominator)));
        } catch (ArithmeticException nonTerminating) {
            return new QuantileEdge(numerator, denominator);
        }
    }

    /**
     * Reads the form {@link #toString()} writes: a decimal ({@code "13.8"}) or a fraction ({@code "10/3"}).
     *
     * @throws NumberFormatException naming the text when it is neither
     */
    public static QuantileEdge parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                return of(new BigDecimal(text.strip()));
            }
            return ratio(new BigDecimal(text.substring(0, slash).strip()),
                    Long.parseLong(text.substring(slash + 1).strip()));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberFormatException("not a quantile edge (decimal or fraction): '" + text + "'");
        }
    }

    /** Compares this edge with a value, exactly: negative when the edge is smaller. */
    public int compareTo(BigDecimal value) {
        if (denominator == 1) {
            return numerator.compareTo(value);
        }
        return numerator.compareTo(value.multiply(BigDecimal.valueOf(denominator)));
    }

    @Override
    public int compareTo(QuantileEdge other) {
        BigDecimal left = numerator.multiply(BigDecimal.valueOf(other.denominator));
        BigDecimal right = other.numerator.multiply(BigDecimal.valueOf(denominator));
        return left.compareTo(right);
    }

    /** Whether both edges denote the same number (unlike {@link #equals}, which also compares the scale). */
    public boolean sameValueAs(QuantileEdge other) {
        return compareTo(other) == 0;
    }

    /** The value as a double, for display. */
    public double doubleValue() {
        return numerator.doubleValue() / denominator;
    }

    /** Whether the value is an exact decimal (the denominator is 1). */
    public boolean isDecimal() {
        return denominator == 1;
    }

    /** The exact decimal value. @throws ArithmeticException when the edge is a non-terminating fraction */
    public BigDecimal decimalValue() {
        if (denominator != 1) {
            throw new ArithmeticException(this + " has no exact decimal value");
        }
        return numerator;
    }

    /** {@code "13.8"} for a decimal, {@code "10/3"} for a fraction; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return denominator == 1 ? numerator.toPlainString() : numerator.toPlainString() + "/" + denominator;
    }
}
