package io.github.segmentkit.classifiers.behavioral.bands;

import io.github.segmentkit.api.classify.Label;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Fixed, left-closed bands over a number: edges {@code e1 < e2 < ... < ek} split the line into
 * {@code (-inf, e1), [e1, e2), ..., [ek, +inf)}, named by {@code k + 1} labels. A value equal to an edge belongs to
 * the band that starts there.
 *
 * <pre>{@code
 * Bands bands = Bands.of(List.of(BigDecimal.ONE, BigDecimal.valueOf(4)), List.of("none", "some", "many"));
 * bands.labelOf(BigDecimal.valueOf(4));   // "many"
 * }</pre>
 *
 * @param edges  the band edges, strictly ascending, 1..{@value #MAX_EDGES}
 * @param labels one label per band ({@code edges.size() + 1}), distinct, not blank, not
 *               {@value Label#UNCLASSIFIED}
 */
public record Bands(List<BigDecimal> edges, List<String> labels) {
    /** The most edges accepted. */
    public static final int MAX_EDGES = 1000;

    public Bands {
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(labels, "labels");
        edges = List.copyOf(edges);
        labels = List.copyOf(labels);
        if (edges.isEmpty() || edges.size() > MAX_EDGES) {
            throw new IllegalArgumentException("bands need 1.." + MAX_EDGES + " edges, got " + edges.size());
        }
        for (int i = 1; i < edges.size(); i++) {
            if (edges.get(i - 1).compareTo(edges.get(i)) >= 0) {
                throw new IllegalArgumentException("band edges must strictly ascend, but edge " + (i - 1) + " = "
                        + edges.get(i - 1) + " >= edge " + i + " = " + edges.get(i));
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

    /** Bands with these edges and labels. */
    public static Bands of(List<BigDecimal> edges, List<String> labels) {
        return new Bands(edges, labels);
    }

    /** The label of the band holding {@code value}. */
    public String labelOf(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        int band = 0;
        while (band < edges.size() && value.compareTo(edges.get(band)) >= 0) {
            band++;
        }
        return labels.get(band);
    }
}
