package io.github.segmentkit.classifiers.behavioral.kmeans;

import java.util.SplittableRandom;

/**
 * The mean silhouette coefficient of a clustering: for each point, {@code a} = mean distance to the other members
 * of its cluster, {@code b} = the smallest mean distance to the members of another cluster,
 * {@code s = (b - a) / max(a, b)}, and {@code s = 0} for a point alone in its cluster (or when {@code a = b = 0}).
 * Above {@code sampleSize} points it is computed on a seeded random sample, as scikit-learn's
 * {@code silhouette_score(sample_size=...)} does; the cost is quadratic in the points used.
 *
 * <pre>{@code
 * double s = Silhouette.score(new double[][] {{0}, {2}, {10}}, new int[] {0, 0, 1}, 2, 2000, 42);  // 0.5167
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
final class Silhouette {
    private Silhouette() {
    }

    /**
     * The mean silhouette of {@code points} labelled {@code assignments} (0..k-1), using at most
     * {@code sampleSize} points drawn with {@code seed}.
     *
     * @throws IllegalArgumentException when there are no points or fewer than 2 clusters
     */
    public static double score(double[][] points, int[] assignments, int k, int sampleSize, long seed) {
        if (points.length == 0 || k < 2) {
            throw new IllegalArgumentException("a silhouette needs points and at least 2 clusters, got "
                    + points.length + " points and k = " + k);
        }
        int[] used = sample(points.length, sampleSize, seed);
        int[] sizes = new int[k];
        for (int i : used) {
            sizes[assignments[i]]++;
        }
        double total = 0;
        for (int i : used) {
            int own = assignments[i];
            if (sizes[own] == 1) {
                continue; // s = 0
            }
            double[] sums = new double[k];
            for (int j : used) {
                if (j != i) {
                    sums[assignments[j]] += Math.sqrt(Lloyd.squaredDistance(points[i], points[j]));
                }
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            double larger = Math.max(a, b);
            total += larger == 0 || Double.isInfinite(b) ? 0 : (b - a) / larger;
        }
        return total / used.length;
    }

    private static int[] sample(int n, int sampleSize, long seed) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        if (n <= sampleSize) {
            return indices;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < sampleSize; i++) { // partial Fisher-Yates shuffle
            int j = i + random.nextInt(n - i);
            int swap = indices[i];
            indices[i] = indices[j];
            indices[j] = swap;
        }
        return java.util.Arrays.copyOf(indices, sampleSize);
    }
}
