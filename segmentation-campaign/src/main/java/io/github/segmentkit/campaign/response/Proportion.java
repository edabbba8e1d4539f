package io.github.segmentkit.campaign.response;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code successes} out of {@code trials}: the responders among the contacted customers, say. Its rate and its
 * Wilson score interval are undefined without trials, hence the optionals.
 *
 * <pre>{@code
 * Proportion responders = Proportion.of(12, 80);
 * double rate = responders.rate().orElseThrow();                           // 0.15
 * ConfidenceInterval interval = responders.wilson95().orElseThrow();       // [0.0879, 0.2441]
 * }</pre>
 *
 * @param successes in {@code [0, trials]}
 * @param trials    not negative
 */
public record Proportion(long successes, long trials) {
    /** The two-sided 95 % quantile of the standard normal distribution, Φ⁻¹(0.975). */
    public static final double Z_95 = 1.959963984540054;

    public Proportion {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes out of " + trials + " trials: successes must "
                    + "be in [0, trials] and trials not negative");
        }
    }

    /** {@code successes} out of {@code trials}. */
    public static Proportion of(long successes, long trials) {
        return new Proportion(successes, trials);
    }

    /** {@code successes / trials}, or empty without trials. */
    public OptionalDouble rate() {
        return trials == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) successes / trials);
    }

    /** The Wilson score interval at 95 % ({@link #wilson(double) wilson(Z_95)}), or empty without trials. */
    public Optional<ConfidenceInterval> wilson95() {
        return wilson(Z_95);
    }

    /**
     * The Wilson score interval for the quantile {@code z}: centre {@code (p + z²/2n) / (1 + z²/n)}, half-width
     * {@code z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²)}, clamped to {@code [0, 1]}; empty without trials. Unlike the
     * normal approximation it stays inside {@code [0, 1]} and is not empty at 0 or n successes.
     *
     * @throws IllegalArgumentException when {@code z} is not positive and finite
     */
    public Optional<ConfidenceInterval> wilson(double z) {
        if (!(z > 0 && z < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("z must be positive and finite, got " + z);
        }
        if (trials == 0) {
            return Optional.empty();
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // at 0 and n successes the bound is exactly 0 (1) in exact arithmetic; rounding must not move it off
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return Optional.of(new ConfidenceInterval(low, Math.max(low, high)));
    }
}
