package io.github.segmentkit.insight.whatif;

import java.util.Objects;

/**
 * A segment's size with the swept bound set to one candidate.
 *
 * @param bound   the candidate: a {@code Long} for a whole-number attribute, a {@code Double} for a double attribute
 * @param members the segment's members with that bound
 */
public record SweepPoint(Number bound, int members) {
    public SweepPoint {
        Objects.requireNonNull(bound, "bound");
    }
}
