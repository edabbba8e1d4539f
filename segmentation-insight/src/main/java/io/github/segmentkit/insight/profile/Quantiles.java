package io.github.segmentkit.insight.profile;

/**
 * Exact linear quantiles (R type 7, numpy's default) of unsorted values, by selection rather than sorting: each
 * needed order statistic is found by quickselect with a three-way partition (many equal values, as whole-number
 * attributes have, cost one pass), the next one up by a scan for the minimum of the rest. This reads the values a
 * few times instead of the log<sub>2</sub>(n) passes of a sort, which made profiling several times slower (JFR
 * on {@code ProfileBenchmark}: the sort was most of the time). Stateless.
 */
final class Quantiles {
    private Quantiles() {
    }

    /**
     * The quartiles at 1/4, 1/2 and 3/4 of {@code values[0 .. count)}, which are reordered; NaN for each when
     * {@code count} is 0. At p, h = (count − 1)·p, i = ⌊h⌋: x<sub>i</sub> + (h − i)(x<sub>i+1</sub> −
     * x<sub>i</sub>), with h kept as the exact fraction (count − 1)·k / 4 so that i is never off by one.
     */
    static double[] quartiles(double[] values, int count) {
        double[] quartiles = new double[3];
        int from = 0;
        for (int k = 1; k <= 3; k++) {
            if (count == 0) {
                quartiles[k - 1] = Double.NaN;
                continue;
            }
            long scaled = (long) (count - 1) * k;
            int i = (int) (scaled / 4);
            select(values, from, count, i);
            from = i;   // everything before i is at most values[i]: later ranks lie at or after it
            double low = values[i];
            long remainder = scaled % 4;
            if (remainder == 0) {
                quartiles[k - 1] = low;
            } else {
                double high = values[i + 1];
                for (int j = i + 2; j < count; j++) {
                    high = Math.min(high, values[j]);
                }
                quartiles[k - 1] = low + (double) remainder / 4 * (high - low);
            }
        }
        return quartiles;
    }

    /**
     * Reorders {@code values[from .. to)} so that position {@code k} holds the value a sort would put there, the
     * values before it being at most and those after it at least that value.
     */
    static void select(double[] values, int from, int to, int k) {
        int low = from;
        int high = to - 1;
        while (high > low) {
            double pivot = medianOfThree(values[low], values[(low + high) >>> 1], values[high]);
            int less = low;
            int at = low;
            int greater = high;
            while (at <= greater) {
                double value = values[at];
                if (value < pivot) {
                    swap(values, less++, at++);
                } else if (value > pivot) {
                    swap(values, at, greater--);
                } else {
                    at++;
                }
            }
            if (k < less) {
                high = less - 1;
            } else if (k > greater) {
                low = greater + 1;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] values, int i, int j) {
        double swapped = values[i];
        values[i] = values[j];
        values[j] = swapped;
    }
}
