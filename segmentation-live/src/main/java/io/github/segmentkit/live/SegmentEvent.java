package io.github.segmentkit.live;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer entered or left a segment. Events carry a sequence number that is global to their
 * {@link LiveSegmentation}: it starts at 1, grows by one per event with no gap, and orders every event of one
 * customer as the changes that caused them were applied.
 *
 * <pre>{@code
 * live.subscribe(event -> {
 *     if (event.kind() == SegmentEvent.Kind.ENTERED && event.segment().equals("lapsed")) {
 *         winBackCampaign.add(event.customerId());
 *     }
 * });
 * }</pre>
 *
 * @param sequence   the event's number, from 1
 * @param kind       entered or exited
 * @param segment    the segment's name
 * @param customerId the customer's id, as the schema's id extractor returns it
 * @param asOf       the as-of instant the customer was evaluated at
 */
public record SegmentEvent(long sequence, Kind kind, String segment, long customerId, Instant asOf) {
    public SegmentEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Whether the customer entered or left the segment. */
    public enum Kind {
        /** The customer became a member. */
        ENTERED,
        /** The customer stopped being a member (deleted customers leave every segment they were in). */
        EXITED
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + customerId + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " '"
                + segment + "' as of " + asOf;
    }
}
