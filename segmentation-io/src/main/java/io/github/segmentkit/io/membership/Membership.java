package io.github.segmentkit.io.membership;

import java.util.Objects;

/**
 * One row of a run's memberships: a customer and a segment it belongs to. A customer in three segments has three
 * memberships; a customer in none has none, unless {@link MembershipRows#withUnsegmentedAs} gives it an explicit
 * row under a label.
 *
 * <pre>{@code
 * MembershipRows.of(result).forEach(m -> crm.tag(m.customerId(), m.segment()));
 * }</pre>
 *
 * @param customerId the customer's id, as the schema read it
 * @param segment    the segment's name, or the unsegmented label
 */
public record Membership(long customerId, String segment) {
    public Membership {
        Objects.requireNonNull(segment, "segment");
    }
}
