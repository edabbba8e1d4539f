package io.github.segmentkit.insight.explain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Compares a customer's value with a bound the way criteria do, and says how far apart they are in words, exactly:
 * whole numbers without overflow, doubles as the decimals they print as, dates in days, instants as a duration.
 * Stateless.
 */
final class Distances {
    private Distances() {
    }

    /** Orders two present values of the same kind; doubles as primitives, so {@code -0.0 == 0.0}. */
    static int compare(Object value, Object bound) {
        if (value instanceof Double d) {
            double a = d;
            double b = (Double) bound;
            return a < b ? -1 : (a > b ? 1 : 0);
        }
        if (value instanceof Long l) {
            return Long.compare(l, (Long) bound);
        }
        if (value instanceof LocalDate date) {
            return date.compareTo((LocalDate) bound);
        }
        return ((Instant) value).compareTo((Instant) bound);
    }

    /** How far {@code value} lies from {@code bound}: {@code "2 below"}, {@code "0.5 above"}, {@code "3 days below"}. */
    static String between(Object value, Object bound) {
        String side = compare(value, bound) < 0 ? " below" : " above";
        if (value instanceof Long l) {
            return BigInteger.valueOf((Long) bound).subtract(BigInteger.valueOf(l)).abs() + side;
        }
        if (value instanceof Double d) {
            double b = (Double) bound;
            if (Double.isFinite(d) && Double.isFinite(b)) {
                // the decimals the user reads, so that 50000.0 − 49999.9 is 0.1, not 0.099999999994
                return new BigDecimal(Double.toString(b)).subtract(new BigDecimal(Double.toString(d))).abs()
                        .stripTrailingZeros().toPlainString() + side;
            }
            return Math.abs(b - d) + side;
        }
        if (value instanceof LocalDate date) {
            return Math.abs(ChronoUnit.DAYS.between(date, (LocalDate) bound)) + " days" + side;
        }
        return Duration.between((Instant) value, (Instant) bound).abs() + side;
    }
}
