package io.github.segmentkit.classifiers.behavioral.rfm;

import java.util.Objects;

/**
 * One rule of an {@link RfmSegmentMap}: customers whose R, F and M scores all lie in the given ranges belong to the
 * named segment (unless an earlier rule matched).
 *
 * <pre>{@code
 * // the canonical "[1-2][1-2]" pattern on R and F, any M
 * new RfmSegmentRule("hibernating", ScoreRange.of(1, 2), ScoreRange.of(1, 2), ScoreRange.ANY);
 * }</pre>
 *
 * @param segment   the segment name, not blank, at most 100 characters
 * @param recency   the R scores matched
 * @param frequency the F scores matched
 * @param monetary  the M scores matched
 */
public record RfmSegmentRule(String segment, ScoreRange recency, ScoreRange frequency, ScoreRange monetary) {
    /** The longest segment name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    public RfmSegmentRule {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(recency, "recency");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(monetary, "monetary");
        if (segment.isBlank() || segment.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("segment name must be 1.." + MAX_NAME_LENGTH
                    + " characters and not blank, was '" + segment + "'");
        }
    }

    /** A rule on R and F only (any M), as the canonical map's rules are. */
    public static RfmSegmentRule onRecencyAndFrequency(String segment, ScoreRange recency, ScoreRange frequency) {
        return new RfmSegmentRule(segment, recency, frequency, ScoreRange.ANY);
    }

    /** Whether the scores match this rule. */
    public boolean matches(RfmScore score) {
        return recency.contains(score.recency()) && frequency.contains(score.frequency())
                && monetary.contains(score.monetary());
    }
}
