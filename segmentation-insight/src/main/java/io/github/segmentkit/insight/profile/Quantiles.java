package io.github.segmentkit.insight.profile;

/** Linear quantiles of sorted values (R type 7, numpy's default). Stateless. */
final class Quantiles {
    private Quantiles() {
    }

    /**
     * The quantile at p = {@code numerator / denominator} of {@code sorted[0 .. count)}: with h = (count − 1)·p,
     * i = ⌊h⌋, x<sub>i</sub> + (h − i)(x<sub>i+1</sub> − x<sub>i</sub>); NaN when {@code count} is 0. h is kept
     * as the exact fraction (count − 1)·numerator / denominator, so that i is never off by one through rounding.
     */
    static double type7(double[] sorted, int count, int numerator, int denominator) {
        if (count == 0) {
            return Double.NaN;
        }
        long scaled = (long) (count - 1) * numerator;
        int i = (int) (scaled / denominator);
        long remainder = scaled % denominator;
        if (remainder == 0) {
            return sorted[i];
        }
        double fraction = (double) remainder / denominator;
        return sorted[i] + fraction * (sorted[i + 1] - sorted[i]);
    }
}
