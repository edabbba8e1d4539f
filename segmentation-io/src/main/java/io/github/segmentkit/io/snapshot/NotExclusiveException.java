package io.github.segmentkit.io.snapshot;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A migration matrix was asked of a run that is not an exclusive segmentation: a customer belongs to two of its
 * segments, so it cannot be counted in one row (or column). The message names the run, the customer and both
 * segments. Exclusive buckets can be derived from overlapping segments with {@code api.waterfall} first.
 *
 * <pre>{@code
 * try {
 *     MigrationMatrix.between(march, april);
 * } catch (NotExclusiveException e) {
 *     log.error("{}", e.getMessage());
 *     // "the later run (april.csv) is not exclusive: customer 42 is in both 'champions' and 'at-risk'; ..."
 * }
 * }</pre>
 */
public class NotExclusiveException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final long customerId;
    private final String firstSegment;
    private final String secondSegment;

    /**
     * Customer {@code customerId} of the run described by {@code run} is in both segments.
     *
     * @param run a description of the run, such as "the earlier run (march.csv)"
     */
    public NotExclusiveException(String run, long customerId, String firstSegment, String secondSegment) {
        super(run + " is not exclusive: customer " + customerId + " is in both '" + firstSegment + "' and '"
                + secondSegment + "'; a migration matrix needs each customer in at most one segment (derive "
                + "exclusive buckets with a waterfall first)");
        this.customerId = customerId;
        this.firstSegment = firstSegment;
        this.secondSegment = secondSegment;
    }

    /** The customer found in two segments. */
    public long customerId() {
        return customerId;
    }

    /** The first of the two segments, in the run's order. */
    public String firstSegment() {
        return firstSegment;
    }

    /** The second of the two segments. */
    public String secondSegment() {
        return secondSegment;
    }
}
