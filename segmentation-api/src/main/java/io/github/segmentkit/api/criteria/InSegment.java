package io.github.segmentkit.api.criteria;

import java.util.Objects;

/**
 * Membership of another segment of the same segmenter: TRUE for its members, FALSE for everyone else.
 *
 * <pre>{@code
 * Segment vip = Segment.named("vip-outdoor").where(Criteria.inSegment("outdoor-young").and(INCOME.ge(100_000)));
 * }</pre>
 *
 * @param segmentName the referenced segment
 */
public record InSegment(String segmentName) implements Criterion {
    public InSegment {
        Objects.requireNonNull(segmentName, "segmentName");
    }

    @Override
    public <R> R accept(CriterionVisitor<R> visitor) {
        return visitor.visitInSegment(this);
    }

    @Override
    public String toString() {
        return "inSegment(\"" + segmentName + "\")";
    }
}
