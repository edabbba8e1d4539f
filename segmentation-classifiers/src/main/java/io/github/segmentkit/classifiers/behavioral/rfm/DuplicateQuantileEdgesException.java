package io.github.segmentkit.classifiers.behavioral.rfm;

import io.github.segmentkit.api.SegmentKitException;
import java.util.List;

/**
 * Raised in strict mode when two quintile edges of a metric are equal, so that some score cannot occur (pandas
 * raises "Bin edges must be unique" in this case). By default RFM logs a warning instead and keeps scoring.
 *
 * <pre>{@code
 * // "RFM monetary quintile edges are not unique: [10, 10, 10, 12, 20, 31]; some scores stay empty
 * // (use the default, non-strict mode to score anyway)"
 * }</pre>
 */
public class DuplicateQuantileEdgesException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String metric;
    private final List<String> edges;

    public DuplicateQuantileEdgesException(String metric, List<String> edges) {
        super("RFM " + metric + " quintile edges are not unique: " + edges
                + "; some scores stay empty (use the default, non-strict mode to score anyway)");
        this.metric = metric;
        this.edges = List.copyOf(edges);
    }

    /** {@code "recency"}, {@code "frequency"} or {@code "monetary"}. */
    public String metric() {
        return metric;
    }

    /** The edges, as text. */
    public List<String> edges() {
        return edges;
    }
}
