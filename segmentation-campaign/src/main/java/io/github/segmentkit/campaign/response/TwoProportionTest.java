package io.github.segmentkit.campaign.response;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The two-sided two-proportion z-test of a treated group against its control (see {@code docs/campaigns.md}): pooled
 * rate {@code p = (x₁ + x₂) / (n₁ + n₂)}, {@code z = (p̂₁ − p̂₂) / √(p(1 − p)(1/n₁ + 1/n₂))}, p-value
 * {@code 2(1 − Φ(|z|))}. When nobody or everybody responded in both groups ({@code p} is 0 or 1) the rates are
 * equal and no difference can be seen: {@code z} is 0 and the p-value 1.
 *
 * <pre>{@code
 * TwoProportionTest test = TwoProportionTest.of(Proportion.of(30, 200), Proportion.of(10, 100));
 * double lift = test.lift().orElseThrow();   // 1.5
 * double z = test.z();                       // 1.200961
 * double p = test.pValue();                  // 0.229766
 * }</pre>
 *
 * @param treated the responders among the contacted customers
 * @param control the responders among the held-out customers
 * @param z       the test statistic
 * @param pValue  the two-sided p-value, in {@code [0, 1]}
 */
public record TwoProportionTest(Proportion treated, Proportion control, double z, double pValue) {
    public TwoProportionTest {
        Objects.requireNonNull(treated, "treated");
        Objects.requireNonNull(control, "control");
        if (!(pValue >= 0 && pValue <= 1) || Double.isNaN(z)) {
            throw new IllegalArgumentException("z " + z + ", p-value " + pValue + ": not a test result");
        }
    }

    /**
     * Tests {@code treated} against {@code control}.
     *
     * @throws IllegalArgumentException when either group has no trials
     */
    public static TwoProportionTest of(Proportion treated, Proportion control) {
        Objects.requireNonNull(treated, "treated");
        Objects.requireNonNull(control, "control");
        if (treated.trials() == 0 || control.trials() == 0) {
            throw new IllegalArgumentException("a two-proportion test needs customers in both groups; treated "
                    + treated.trials() + ", control " + control.trials());
        }
        double n1 = treated.trials();
        double n2 = control.trials();
        double pooled = (treated.successes() + control.successes()) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        if (variance == 0) {
            return new TwoProportionTest(treated, control, 0, 1);
        }
        double z = (treated.successes() / n1 - control.successes() / n2) / Math.sqrt(variance);
        return new TwoProportionTest(treated, control, z, StandardNormal.twoSidedPValue(z));
    }

    /** The treated rate divided by the control rate; empty when the control rate is 0. */
    public OptionalDouble lift() {
        double controlRate = control.rate().orElseThrow();
        return controlRate == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(treated.rate().orElseThrow() / controlRate);
    }
}
