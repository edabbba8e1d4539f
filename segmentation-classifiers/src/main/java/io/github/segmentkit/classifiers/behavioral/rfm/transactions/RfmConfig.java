package io.github.segmentkit.classifiers.behavioral.rfm.transactions;

import io.github.segmentkit.classifiers.behavioral.rfm.DuplicateQuantileEdgesException;
import io.github.segmentkit.classifiers.behavioral.rfm.RfmSegmentMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How to run an RFM analysis on transactions: the analysis time recency is measured at, which lines cancel a sale,
 * the segment map, what to do with duplicate quintile edges, and the names of the attributes the results add to a
 * customer schema.
 *
 * <pre>{@code
 * RfmConfig config = RfmConfig.at(LocalDate.parse("2011-12-11"))
 *         .withCancellations(CancellationRule.ONLINE_RETAIL_C_PREFIX)
 *         .withSegmentMap(RfmSegmentMap.pandasTutorial())
 *         .withStrictEdges(true);
 * }</pre>
 *
 * @param analysisTime  when recency is measured, zone-less, not {@code null}; not before the newest transaction
 * @param cancellations which lines undo a sale, not {@code null}
 * @param segmentMap    how scores are named, not {@code null}
 * @param strictEdges   {@code true} to raise {@link DuplicateQuantileEdgesException} on duplicate edges,
 *                      {@code false} (the default) to log a warning and score anyway
 * @param attributes    the attributes {@link RfmReport#addTo} declares, not {@code null}
 */
public record RfmConfig(LocalDateTime analysisTime, CancellationRule cancellations, RfmSegmentMap segmentMap,
        boolean strictEdges, RfmAttributes attributes) {
    public RfmConfig {
        Objects.requireNonNull(analysisTime, "analysisTime");
        Objects.requireNonNull(cancellations, "cancellations");
        Objects.requireNonNull(segmentMap, "segmentMap");
        Objects.requireNonNull(attributes, "attributes");
    }

    /**
     * Recency measured at {@code analysisTime}; returns are negative quantities, the canonical map, duplicate edges
     * tolerated, attributes named {@code rfm_*} ({@link RfmAttributes#DEFAULT}).
     */
    public static RfmConfig at(LocalDateTime analysisTime) {
        return new RfmConfig(analysisTime, CancellationRule.NEGATIVE_QUANTITY, RfmSegmentMap.canonical(), false,
                RfmAttributes.DEFAULT);
    }

    /** As {@link #at(LocalDateTime)}, at the start (00:00) of {@code analysisDate}. */
    public static RfmConfig at(LocalDate analysisDate) {
        return at(analysisDate.atStartOfDay());
    }

    /** This configuration with another cancellation rule. */
    public RfmConfig withCancellations(CancellationRule rule) {
        return new RfmConfig(analysisTime, rule, segmentMap, strictEdges, attributes);
    }

    /** This configuration with another segment map. */
    public RfmConfig withSegmentMap(RfmSegmentMap map) {
        return new RfmConfig(analysisTime, cancellations, map, strictEdges, attributes);
    }

    /** This configuration with strict (or lenient) handling of duplicate edges. */
    public RfmConfig withStrictEdges(boolean strict) {
        return new RfmConfig(analysisTime, cancellations, segmentMap, strict, attributes);
    }

    /** This configuration with other attribute names. */
    public RfmConfig withAttributes(RfmAttributes names) {
        return new RfmConfig(analysisTime, cancellations, segmentMap, strictEdges, names);
    }
}
