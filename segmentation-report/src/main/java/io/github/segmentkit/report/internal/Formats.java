package io.github.segmentkit.report.internal;

import java.util.Locale;

/**
 * How the report writes its figures: in {@link Locale#ROOT} (the same bytes on every machine), counts with thousands
 * separators, shares and rates as percentages, undefined figures (NaN) as an en dash.
 */
public final class Formats {
    /** What an undefined figure is shown as. */
    public static final String UNDEFINED = "–";

    private Formats() {
    }

    /** {@code 2,240}. */
    public static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A share in [0, 1] as a percentage with one decimal: {@code 14.9%}. */
    public static String share(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : UNDEFINED;
    }

    /** A rate in [0, 1] as a percentage with two decimals: {@code 14.91%}. */
    public static String rate(double rate) {
        return Double.isFinite(rate) ? String.format(Locale.ROOT, "%.2f%%", rate * 100) : UNDEFINED;
    }

    /**
     * A mean or other measure, to about four significant digits: {@code 52,247} (from 1,000 on), {@code 123.4},
     * {@code 1.23}.
     */
    public static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.1f" : "%.2f", value);
    }

    /** A number with exactly {@code decimals} decimals: Jaccard indexes, lifts. */
    public static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : UNDEFINED;
    }

    /** A p-value with four decimals, or {@code < 0.0001}. */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return UNDEFINED;
        }
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
