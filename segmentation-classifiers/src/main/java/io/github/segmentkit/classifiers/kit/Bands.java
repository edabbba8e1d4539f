package io.github.segmentkit.classifiers.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Left-closed bands over ascending edges {@code e0 < e1 < … < em}: band 0 holds values below {@code e0}, band i
 * holds [e(i-1), e(i)), and band m holds values from {@code em} up. Used for age, income, family size, distance and
 * city size.
 *
 * <pre>{@code
 * Bands bands = Bands.of(List.of(5.0, 15.0), List.of("0-5km", "5-15km", "15km+"));
 * bands.label(5.0);   // "5-15km": the edge belongs to the band above it
 * }</pre>
 *
 * @param edges  strictly ascending finite edges; at least one
 * @param labels one label per band: {@code edges.size() + 1}
 */
public record Bands(List<Double> edges, List<String> labels) {
    public Bands {
        edges = List.copyOf(edges);
        labels = List.copyOf(labels);
        if (edges.isEmpty()) {
            throw new IllegalArgumentException("bands need at least one edge");
        }
        for (int i = 0; i < edges.size(); i++) {
            double edge = edges.get(i);
            if (!Double.isFinite(edge) || i > 0 && !(edge > edges.get(i - 1))) {
                throw new IllegalArgumentException("edges must be finite and strictly ascending: " + edges);
            }
        }
        if (labels.size() != edges.size() + 1) {
            throw new IllegalArgumentException(edges.size() + " edges make " + (edges.size() + 1) + " bands, but "
                    + labels.size() + " labels were given: " + labels);
        }
    }

    /** Bands with the given edges and labels. */
    public static Bands of(List<Double> edges, List<String> labels) {
        return new Bands(edges, labels);
    }

    /** The band index of {@code value}: the number of edges at or below it. NaN is not allowed. */
    public int index(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN has no band");
        }
        int low = 0;
        int high = edges.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (edges.get(mid) <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The label of the band holding {@code value}. */
    public String label(double value) {
        return labels.get(index(value));
    }

    /**
     * Labels for whole-number edges such as ages: {@code under_18, 18-24, …, 65+}; a one-value band is written
     * once ({@code "2"}, not {@code "2-2"}).
     */
    public static List<String> wholeNumberLabels(List<Double> edges, String belowFirst) {
        List<String> labels = new ArrayList<>();
        labels.add(belowFirst);
        for (int i = 1; i < edges.size(); i++) {
            long low = (long) Math.ceil(edges.get(i - 1));
            long high = (long) Math.ceil(edges.get(i)) - 1;
            labels.add(low >= high ? Long.toString(low) : low + "-" + high);
        }
        labels.add((long) Math.ceil(edges.get(edges.size() - 1)) + "+");
        return labels;
    }

    /** Labels of half-open intervals: {@code < 10, [10, 20), >= 20}, each with an optional unit suffix. */
    public static List<String> intervalLabels(List<Double> edges, String unit) {
        List<String> labels = new ArrayList<>();
        labels.add("< " + format(edges.get(0)) + unit);
        for (int i = 1; i < edges.size(); i++) {
            labels.add("[" + format(edges.get(i - 1)) + ", " + format(edges.get(i)) + ")" + unit);
        }
        labels.add(">= " + format(edges.get(edges.size() - 1)) + unit);
        return labels;
    }

    /** A number without a trailing {@code .0} when it is whole. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    @Override
    public String toString() {
        return "Bands" + Arrays.toString(edges.toArray()) + " " + labels;
    }
}
