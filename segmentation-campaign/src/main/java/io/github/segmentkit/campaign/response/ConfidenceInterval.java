package io.github.segmentkit.campaign.response;

/**
 * A closed interval {@code [low, high]} of rates, both bounds in {@code [0, 1]}.
 *
 * <pre>{@code
 * ConfidenceInterval interval = Proportion.of(12, 80).wilson95().orElseThrow();   // [0.0879, 0.2441]
 * boolean covers = interval.contains(0.15);   // true
 * }</pre>
 *
 * @param low  the lower bound, inclusive
 * @param high the upper bound, inclusive; not below {@code low}
 */
public record ConfidenceInterval(double low, double high) {
    public ConfidenceInterval {
        if (!(low >= 0 && low <= high && high <= 1)) {   // also refuses NaN
            throw new IllegalArgumentException("[" + low + ", " + high + "] is not an interval within [0, 1]");
        }
    }

    /** Whether {@code rate} lies in the interval, bounds included. */
    public boolean contains(double rate) {
        return rate >= low && rate <= high;
    }
}
