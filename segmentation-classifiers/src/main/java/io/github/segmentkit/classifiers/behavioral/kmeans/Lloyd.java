package io.github.segmentkit.classifiers.behavioral.kmeans;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Plain k-means: k-means++ seeding (first centre uniform, each next one drawn with probability proportional to the
 * squared distance to the nearest centre chosen so far), then Lloyd iterations until no assignment changes (or the
 * iteration limit), several seeded restarts, lowest inertia kept (the earliest restart on a tie).
 *
 * <p>A lean own implementation rather than Commons Math: the documented rules ({@code docs/classifiers.md},
 * "kmeans": seeding, stop rule, restarts, tie handling, empty clusters keeping their centre) must be exact and
 * stable across versions, and the whole algorithm is a few dozen lines without a dependency.
 *
 * <p>Stateless; thread-safe.
 */
final class Lloyd {
    private Lloyd() {
    }

    /** The result of one clustering: centres, the nearest centre of each point, and the inertia. */
    record Clustering(double[][] centroids, int[] assignments, double inertia) {
    }

    /**
     * Clusters {@code points} into {@code k} clusters; {@code k} must not exceed the number of distinct points.
     * Restart {@code r} draws from {@code new SplittableRandom(seed + r)}.
     */
    static Clustering cluster(double[][] points, int k, long seed, int restarts, int maxIterations) {
        Clustering best = null;
        for (int restart = 0; restart < restarts; restart++) {
            Clustering candidate = once(points, k, new SplittableRandom(seed + restart), maxIterations);
            if (best == null || candidate.inertia() < best.inertia()) {
                best = candidate;
            }
        }
        return best;
    }

    private static Clustering once(double[][] points, int k, SplittableRandom random, int maxIterations) {
        double[][] centroids = seed(points, k, random);
        int[] assignments = new int[points.length];
        Arrays.fill(assignments, -1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean changed = false;
            for (int i = 0; i < points.length; i++) {
                int nearest = nearest(points[i], centroids);
                if (nearest != assignments[i]) {
                    assignments[i] = nearest;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            centroids = means(points, assignments, centroids);
        }
        // the labels of the population are the nearest centres of the final centroids, as apply() computes them
        double inertia = 0;
        for (int i = 0; i < points.length; i++) {
            assignments[i] = nearest(points[i], centroids);
            inertia += squaredDistance(points[i], centroids[assignments[i]]);
        }
        return new Clustering(centroids, assignments, inertia);
    }

    private static double[][] seed(double[][] points, int k, SplittableRandom random) {
        int n = points.length;
        double[][] centroids = new double[k][];
        centroids[0] = points[random.nextInt(n)].clone();
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = squaredDistance(points[i], centroids[0]);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double d : nearest) {
                total += d;
            }
            double target = random.nextDouble() * total;
            int chosen = -1;
            double cumulative = 0;
            for (int i = 0; i < n; i++) {
                cumulative += nearest[i];
                if (nearest[i] > 0 && cumulative > target) {
                    chosen = i;
                    break;
                }
            }
            if (chosen < 0) {
                // rounding left the target at the very end: take the last point not yet a centre
                for (int i = n - 1; i >= 0 && chosen < 0; i--) {
                    chosen = nearest[i] > 0 ? i : -1;
                }
            }
            centroids[c] = points[chosen].clone();
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(points[i], centroids[c]));
            }
        }
        return centroids;
    }

    private static double[][] means(double[][] points, int[] assignments, double[][] previous) {
        int k = previous.length;
        int dimensions = previous[0].length;
        double[][] sums = new double[k][dimensions];
        int[] counts = new int[k];
        for (int i = 0; i < points.length; i++) {
            counts[assignments[i]]++;
            for (int d = 0; d < dimensions; d++) {
                sums[assignments[i]][d] += points[i][d];
            }
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                sums[c] = previous[c].clone(); // an empty cluster keeps its centre
            } else {
                for (int d = 0; d < dimensions; d++) {
                    sums[c][d] /= counts[c];
                }
            }
        }
        return sums;
    }

    /** The index of the centre nearest to {@code point}; the lowest index on a tie. */
    static int nearest(double[] point, double[][] centroids) {
        int best = 0;
        double bestDistance = squaredDistance(point, centroids[0]);
        for (int c = 1; c < centroids.length; c++) {
            double distance = squaredDistance(point, centroids[c]);
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double difference = a[d] - b[d];
            sum += difference * difference;
        }
        return sum;
    }
}
