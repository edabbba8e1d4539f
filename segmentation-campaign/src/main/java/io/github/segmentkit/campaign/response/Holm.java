package io.github.segmentkit.campaign.response;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for many comparisons made at once (S. Holm, "A Simple Sequentially
 * Rejective Multiple Test Procedure", Scandinavian Journal of Statistics 6(2), 1979): it controls the chance of any
 * false discovery among the comparisons, is never more conservative than Bonferroni, and assumes nothing about how
 * the tests depend on each other. With the p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of the
 * k-th is {@code max over j ≤ k of min(1, (m − j + 1) · p₍ⱼ₎)}; rejecting where the adjusted value is below α is
 * Holm's procedure at level α.
 *
 * <pre>{@code
 * double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});   // {0.03, 0.06, 0.06, 0.02}
 * }</pre>
 */
public final class Holm {
    private Holm() {
    }

    /**
     * The adjusted p-values, in the order of {@code pValues}; ties keep their input order.
     *
     * @throws IllegalArgumentException naming the position and value when a p-value is not in {@code [0, 1]}
     */
    public static double[] adjust(double[] pValues) {
        Objects.requireNonNull(pValues, "pValues");
        for (int i = 0; i < pValues.length; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new IllegalArgumentException("p-value at position " + i + " is " + pValues[i]
                        + ", not in [0, 1]");
            }
        }
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));   // stable: ties keep input order
        double[] adjusted = new double[m];
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * pValues[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
