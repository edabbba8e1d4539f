package io.github.segmentkit.classifiers.behavioral.rfm;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How to run an RFM analysis on transactions: the analysis time recency is measured at, the segment map, and what
 * to do with duplicate quintile edges.
 *
 * <pre>{@code
 * RfmConfig config = RfmConfig.at(LocalDateTime.parse("2011-12-11T00:00"))
 *         .withSegmentMap(RfmSegmentMap.rfmPackage())
 *         .withStrictEdges(true);
 * }</pre>
 *
 * @param analysisTime when recency is measured, zone-less, not {@code null}; a bare date means 00:00
 * @param segmentMap   how scores are named, not {@code null}
 * @param strictEdges  {@code true} to raise {@link DuplicateQuantileEdgesException} on duplicate edges,
 *                     {@code false} (the default) to log a warning and score anyway
 */
public record RfmConfig(LocalDateTime analysisTime, RfmSegmentMap segmentMap, boolean strictEdges) {
    public RfmConfig {
        Objects.requireNonNull(analysisTime, "analysisTime");
        Objects.requireNonNull(segmentMap, "segmentMap");
    }

    /** The canonical map, duplicate edges tolerated, recency measured at {@code analysisTime}. */
    public static RfmConfig at(LocalDateTime analysisTime) {
        return new RfmConfig(analysisTime, RfmSegmentMap.canonical(), false);
    }

    /** This configuration with another segment map. */
    public RfmConfig withSegmentMap(RfmSegmentMap map) {
        return new RfmConfig(analysisTime, map, strictEdges);
    }

    /** This configuration with strict (or lenient) handling of duplicate edges. */
    public RfmConfig withStrictEdges(boolean strict) {
        return new RfmConfig(analysisTime, segmentMap, strict);
    }
}
