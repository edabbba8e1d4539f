package io.github.segmentkit.classifiers.behavioral;

import io.github.segmentkit.classifiers.kit.QuantileEdge;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The RFM code's name for {@link io.github.segmentkit.classifiers.kit.QuantileEdges}, kept only until RFM is ported
 * onto the classifier kit; every method delegates to the one quantile implementation there.
 *
 * <pre>{@code
 * io.github.segmentkit.classifiers.kit.QuantileEdges edges = QuantileEdges.fitSorted(days, 5).kitEdges();
 * }</pre>
 *
 * <p>Transitional: new code uses the kit's class; this one goes when RFM is ported (no {@code @Deprecated}, so the
 * RFM code compiles without warnings meanwhile).
 */
public final class QuantileEdges {
    private final io.github.segmentkit.classifiers.kit.QuantileEdges kitEdges;

    private QuantileEdges(io.github.segmentkit.classifiers.kit.QuantileEdges kitEdges) {
        this.kitEdges = Objects.requireNonNull(kitEdges, "kitEdges");
    }

    /** See {@link io.github.segmentkit.classifiers.kit.QuantileEdges#fitSorted(BigDecimal[], int)}. */
    public static QuantileEdges fitSorted(BigDecimal[] sorted, int bins) {
        return new QuantileEdges(io.github.segmentkit.classifiers.kit.QuantileEdges.fitSorted(sorted, bins));
    }

    /** See {@link io.github.segmentkit.classifiers.kit.QuantileEdges#fitSorted(long[], int)}. */
    public static QuantileEdges fitSorted(long[] sorted, int bins) {
        return new QuantileEdges(io.github.segmentkit.classifiers.kit.QuantileEdges.fitSorted(sorted, bins));
    }

    /** See {@link io.github.segmentkit.classifiers.kit.QuantileEdges#parse(List)}. */
    public static QuantileEdges parse(List<?> texts) {
        return new QuantileEdges(io.github.segmentkit.classifiers.kit.QuantileEdges.parse(texts));
    }

    /** The kit's edges this name stands for. */
    public io.github.segmentkit.classifiers.kit.QuantileEdges kitEdges() {
        return kitEdges;
    }

    /** The number of bins. */
    public int bins() {
        return kitEdges.bins();
    }

    /** The edges, ascending. */
    public List<QuantileEdge> edges() {
        return kitEdges.edges();
    }

    /** The 1-based bin of {@code value}. */
    public int bin(BigDecimal value) {
        return kitEdges.bin(value);
    }

    /** The 1-based bin of a whole number. */
    public int bin(long value) {
        return kitEdges.bin(value);
    }

    /** Whether two edges are equal. */
    public boolean hasDuplicateEdges() {
        return kitEdges.hasDuplicateEdges();
    }

    /** The edges as text. */
    public List<String> toStrings() {
        return kitEdges.toStrings();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantileEdges that && kitEdges.equals(that.kitEdges);
    }

    @Override
    public int hashCode() {
        return kitEdges.hashCode();
    }

    @Override
    public String toString() {
        return kitEdges.toString();
    }
}
