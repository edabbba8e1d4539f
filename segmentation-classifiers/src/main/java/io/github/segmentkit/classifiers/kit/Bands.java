package io.github.segmentkit.classifiers.kit;

import io.github.segmentkit.api.classify.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Fixed, left-closed bands over a number: edges {@code e1 < e2 < … < ek} split the line into
 * {@code (-inf, e1), [e1, e2), …, [ek, +inf)}, named by {@code k + 1} labels. A value equal to an edge belongs to
 * the band that starts there. The one band type of every banding classifier (age, income, family size, store
 * distance, city size, purchase frequency, engagement).
 *
 * <p>Edges are exact decimals, so an edge of {@code 0.1} behaves as written: a double is compared through its
 * shortest decimal form ({@code 0.1} is in the band starting at 0.1), and sums computed in {@link BigDecimal} are
 * compared exactly. Edges are kept without trailing zeros, so {@code 1} and {@code 1.0} make equal bands.
 *
 * <pre>{@code
 * Bands bands = Bands.of(List.of(5, 15), List.of("0-5km", "5-15km", "15km+"));
 * bands.label(5.0);   // "5-15km": the edge belongs to the band above it
 * }</pre>
 *
 * @param edges  strictly ascending finite edges, 1..{@value ClassifierLimits#MAX_EDGES}
 * @param labels one label per band ({@code edges.size() + 1}), distinct, not blank, not {@value Label#UNCLASSIFIED}
 */
public record Bands(List<BigDecimal> edges, List<String> labels) {
    public Bands {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(labels, "labels");
        edges = edges.stream().map(Bands::normalised).toList();
        labels = List.copyOf(labels);
        if (edges.isEmpty() || edges.size() > ClassifierLimits.MAX_EDGES) {
            throw new IllegalArgumentException("bands need 1.." + ClassifierLimits.MAX_EDGES + " edges, got "
                    + edges.size());
        }
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i - 1).compareTo(edges.get(i)) >= 0) {
                throw new IllegalArgumentException("band edges must strictly ascend, but edge " + (i - 1) + " = "
                        + edges.get(i - 1).toPlainString() + " >= edge " + i + " = " + edges.get(i).toPlainString());
            }
        }
        if (labels.size() != edges.size() + 1) {
            throw new IllegalArgumentException(edges.size() + " edges make " + (edges.size() + 1)
                    + " bands, but " + labels.size() + " labels were given: " + labels);
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("band labels must be distinct: " + labels);
        }
        for (String label : labels) {
            if (label.isBlank() || label.equals(Label.UNCLASSIFIED)) {
                throw new IllegalArgumentException("band label must not be blank or '" + Label.UNCLASSIFIED
                        + "', was '" + label + "'");
            }
        }
    }

    /**
     * Bands with these edges (any numbers: whole numbers, doubles through their shortest decimal form, decimals)
     * and labels.
     *
     * @throws IllegalArgumentException when an edge is not finite, or as the constructor says
     */
    public static Bands of(List<? extends Number> edges, List<String> labels) {
        return new Bands(decimals(edges), labels);
    }

    /** Exact decimals of numbers: a double through its shortest decimal form. */
    public static List<BigDecimal> decimals(List<? extends Number> numbers) {
        List<BigDecimal> decimals = new ArrayList<>(numbers.size());
        for (Number number : numbers) {
            decimals.add(decimal(number));
        }
        return decimals;
    }

    /** The exact decimal of a number: a double through its shortest decimal form. */
    public static BigDecimal decimal(Number number) {
        Objects.requireNonNull(number, "number");
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("band edges must be finite, got " + value);
            }
            return BigDecimal.valueOf(value);
        }
        return new BigDecimal(number.toString());
    }

    /** The band index of {@code value}, 0-based: the number of edges at or below it. */
    public int index(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int band = 0;
        while (band < edges.size() && value.compareTo(edges.get(band)) >= 0) {
            band++;
        }
        return band;
    }

    /**
     * The band index of a double, compared through its shortest decimal form. NaN has no band.
     *
     * @throws IllegalArgumentException for NaN
     */
    public int index(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("NaN has no band");
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? edges.size() : 0;
        }
        return index(BigDecimal.valueOf(value));
    }

    /** The label of the band holding {@code value}. */
    public String label(BigDecimal value) {
        return labels.get(index(value));
    }

    /** The label of the band holding {@code value} (not NaN). */
    public String label(double value) {
        return labels.get(index(value));
    }

    /** The edges as plain decimal text ({@code "0.1"}, {@code "15"}), the form kept in settings. */
    public List<String> edgeTexts() {
        return edges.stream().map(BigDecimal::toPlainString).toList();
    }

    /**
     * Labels for whole-number edges such as ages: {@code under_18, 18-24, …, 65+}; a one-value band is written
     * once ({@code "2"}, not {@code "2-2"}).
     */
    public static List<String> wholeNumberLabels(List<? extends Number> edges, String belowFirst) {
        List<String> labels = new ArrayList<>();
        labels.add(belowFirst);
        for (int i = 1; i < edges.size(); i++) {
            long low = (long) Math.ceil(edges.get(i - 1).doubleValue());
            long high = (long) Math.ceil(edges.get(i).doubleValue()) - 1;
            labels.add(low >= high ? Long.toString(low) : low + "-" + high);
        }
        labels.add((long) Math.ceil(edges.get(edges.size() - 1).doubleValue()) + "+");
        return labels;
    }

    /** Labels of half-open intervals: {@code < 10, [10, 20), >= 20}, each with an optional unit suffix. */
    public static List<String> intervalLabels(List<? extends Number> edges, String unit) {
        List<String> labels = new ArrayList<>();
        labels.add("< " + format(edges.get(0)) + unit);
        for (int i = 1; i < edges.size(); i++) {
            labels.add("[" + format(edges.get(i - 1)) + ", " + format(edges.get(i)) + ")" + unit);
        }
        labels.add(">= " + format(edges.get(edges.size() - 1)) + unit);
        return labels;
    }

    /** A number as plain decimal text, without a trailing {@code .0} when it is whole. */
    public static String format(Number value) {
        return normalised(decimal(value)).toPlainString();
    }

    private static BigDecimal normalised(BigDecimal value) {
        Objects.requireNonNull(value, "edge");
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    @Override
    public String toString() {
        return "Bands" + edgeTexts() + " " + labels;
    }
}
