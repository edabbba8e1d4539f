package io.github.segmentkit.classifiers.demographic;

import java.util.Arrays;

/**
 * The linear quantile of sorted values (numpy's default, R's type 7), as DOMAIN §2 defines it: for
 * {@code p = k / q}, {@code h = (n - 1) k / q}, {@code i = floor(h)},
 * {@code e = x[i] + (h - i)(x[i+1] - x[i])}. {@code h} is kept rational: {@code i} and the fraction come from
 * integer division of {@code (n - 1) k} by {@code q}, so no rounding moves an edge onto the wrong value.
 *
 * <p>Kept separate and small on purpose: income bands need it now, and the shared quantile engine may replace it.
 *
 * <pre>{@code
 * Type7Quantile.edges(new double[] {1, 2, 3, 4, 5}, 4);   // [1.0, 2.0, 3.0, 4.0, 5.0]
 * }</pre>
 */
public final class Type7Quantile {
    private Type7Quantile() {
    }

    /**
     * The edges {@code e0..eq} of {@code values} at {@code k / q}, k = 0..q.
     *
     * @param values finite values, in any order (not modified)
     * @param q      the number of bands, at least 1
     * @throws IllegalArgumentException when {@code values} is empty, holds a non-finite value, or q &lt; 1
     */
    public static double[] edges(double[] values, int q) {
        if (q < 1) {
            throw new IllegalArgumentException("the number of quantile bands must be at least 1, got " + q);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("quantiles of no values are undefined");
        }
        double[] sorted = values.clone();
        for (double value : sorted) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("quantiles need finite values, got " + value);
            }
        }
        Arrays.sort(sorted);
        double[] edges = new double[q + 1];
        long last = sorted.length - 1L;
        for (int k = 0; k <= q; k++) {
            long numerator = last * k;
            int i = (int) (numerator / q);
            long remainder = numerator % q;
            edges[k] = remainder == 0 ? sorted[i]
                    : sorted[i] + ((double) remainder / q) * (sorted[i + 1] - sorted[i]);
        }
        return edges;
    }

    /**
     * The band of {@code value} in 1..q under DOMAIN §2's right-closed rule: the smallest k in 1..q with
     * {@code value <= e(k)}; below {@code e0} is band 1 and above {@code eq} band q.
     */
    public static int band(double[] edges, double value) {
        int q = edges.length - 1;
        for (int k = 1; k < q; k++) {
            if (value <= edges[k]) {
                return k;
            }
        }
        return q;
    }
}
