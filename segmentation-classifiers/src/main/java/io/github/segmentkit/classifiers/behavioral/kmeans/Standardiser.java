package io.github.segmentkit.classifiers.behavioral.kmeans;

import java.util.List;

/**
 * The feature transform of k-means: optional {@code log1p}, then z-scores with the population mean and standard
 * deviation (ddof 0). A constant attribute (deviation 0) maps to 0. Fit and apply use this one method, so a
 * customer alone is transformed exactly as in the bulk run.
 *
 * <p>Immutable and thread-safe (the arrays are not exposed).
 */
final class Standardiser {
    private final boolean log1p;
    private final double[] means;
    private final double[] deviations;

    Standardiser(boolean log1p, double[] means, double[] deviations) {
        this.log1p = log1p;
        this.means = means.clone();
        this.deviations = deviations.clone();
    }

    /**
     * Fits means and deviations to the raw rows (after {@code log1p} when on).
     *
     * @param inputs the names of the dimensions, for the message
     * @throws SpreadOverflowException when a mean or deviation is not a finite double: every z-score of that input
     *                                 would be 0 or NaN, silently dropping it from the clustering
     */
    static Standardiser fit(double[][] raw, boolean log1p, List<String> inputs) {
        int dimensions = raw[0].length;
        double[] means = new double[dimensions];
        double[] deviations = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            double sum = 0;
            for (double[] row : raw) {
                sum += feature(row[d], log1p);
            }
            double mean = sum / raw.length;
            double squares = 0;
            for (double[] row : raw) {
                double difference = feature(row[d], log1p) - mean;
                squares += difference * difference;
            }
            means[d] = mean;
            deviations[d] = Math.sqrt(squares / raw.length);
            if (!Double.isFinite(means[d]) || !Double.isFinite(deviations[d])) {
                throw overflow(raw, d, log1p, inputs.get(d), Double.isFinite(means[d]) ? "standard deviation" : "mean");
            }
        }
        return new Standardiser(log1p, means, deviations);
    }

    private static SpreadOverflowException overflow(double[][] raw, int d, boolean log1p, String input,
            String quantity) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : raw) {
            min = Math.min(min, feature(row[d], log1p));
            max = Math.max(max, feature(row[d], log1p));
        }
        return new SpreadOverflowException(input, quantity, min, max, log1p);
    }

    private static double feature(double value, boolean log1p) {
        return log1p ? Math.log1p(value) : value;
    }

    /** The z-scores of one raw row. */
    double[] transform(double[] raw) {
        double[] z = new double[raw.length];
        for (int d = 0; d < raw.length; d++) {
            z[d] = deviations[d] == 0 ? 0 : (feature(raw[d], log1p) - means[d]) / deviations[d];
        }
        return z;
    }

    /** A point in z-space back in input units (inverse of {@link #transform}). */
    double[] inverse(double[] z) {
        double[] raw = new double[z.length];
        for (int d = 0; d < z.length; d++) {
            double feature = z[d] * deviations[d] + means[d];
            raw[d] = log1p ? Math.expm1(feature) : feature;
        }
        return raw;
    }

    double[] means() {
        return means.clone();
    }

    double[] deviations() {
        return deviations.clone();
    }
}
