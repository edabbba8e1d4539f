package io.github.segmentkit.campaign.response;

/**
 * The standard normal distribution function Φ, by Marsaglia's series (G. Marsaglia, "Evaluating the Normal
 * Distribution", Journal of Statistical Software 11(4), 2004): Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/(3·5) + …), with an
 * absolute error near 1e-15, ample for p-values. Beyond |x| = 8.3 the tail is below 1e-16 and is returned as 0.
 */
final class StandardNormal {
    /** ln √(2π). */
    private static final double LOG_SQRT_TWO_PI = 0.91893853320467274178;
    private static final double TAIL_CUT = 8.3;

    private StandardNormal() {
    }

    /** Φ(x), in {@code [0, 1]}. */
    static double cdf(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("Φ(NaN) is undefined");
        }
        if (x <= -TAIL_CUT) {
            return 0;
        }
        if (x >= TAIL_CUT) {
            return 1;
        }
        double sum = x;
        double previous = 0;
        double term = x;
        double square = x * x;
        for (int i = 1; sum != previous && i < 2000; ) {
            previous = sum;
            i += 2;
            term *= square / i;
            sum = previous + term;
        }
        double phi = 0.5 + sum * Math.exp(-0.5 * square - LOG_SQRT_TWO_PI);
        return Math.min(1, Math.max(0, phi));
    }

    /** The two-sided p-value of a standard normal statistic: 2(1 − Φ(|z|)), computed as 2Φ(−|z|). */
    static double twoSidedPValue(double z) {
        return Math.min(1, 2 * cdf(-Math.abs(z)));
    }
}
