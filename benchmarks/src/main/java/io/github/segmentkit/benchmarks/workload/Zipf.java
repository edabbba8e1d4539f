package io.github.segmentkit.benchmarks.workload;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0…n−1 with probability proportional to {@code 1 / (rank + 1)^s}, by binary search in the cumulative
 * weights. Immutable; the random source is the caller's.
 *
 * <pre>{@code
 * Zipf countries = new Zipf(40, 1.1);
 * int rank = countries.next(random);   // 0 is the most frequent
 * }</pre>
 */
final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / Math.pow(rank + 1, s);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
    }

    int next(SplittableRandom random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = found >= 0 ? found : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
