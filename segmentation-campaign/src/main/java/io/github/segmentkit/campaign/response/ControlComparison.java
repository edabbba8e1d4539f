package io.github.segmentkit.campaign.response;

import java.util.Objects;

/**
 * A campaign's contacted customers against its hold-out control group: the two-proportion test, and its p-value
 * adjusted for the other campaigns compared in the same analysis ({@link Holm}).
 *
 * <pre>{@code
 * ControlComparison versus = row.controlComparison().orElseThrow();
 * double lift = versus.test().lift().orElseThrow();
 * boolean significant = versus.adjustedPValue() < 0.05;
 * }</pre>
 *
 * @param test           the test of the treated group against the control
 * @param adjustedPValue the Holm-adjusted p-value, in {@code [test.pValue(), 1]}
 */
public record ControlComparison(TwoProportionTest test, double adjustedPValue) {
    public ControlComparison {
        Objects.requireNonNull(test, "test");
        if (!(adjustedPValue >= test.pValue() && adjustedPValue <= 1)) {
            throw new IllegalArgumentException("adjusted p-value " + adjustedPValue + " is not in [raw p-value "
                    + test.pValue() + ", 1]");
        }
    }
}
