package io.github.segmentkit.core.row;

import io.github.segmentkit.api.AsOf;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a compiled criterion needs besides the customer: the as-of time and the memberships of the segments
 * evaluated before (for {@code inSegment}). One context serves one thread; it is reset for each customer.
 */
public final class RowContext {
    private final AsOf asOf;
    private final boolean[] memberships;
    private final long asOfEpochDay;
    /** Receives primitive long values read without boxing. */
    final long[] longValue = new long[1];

    public RowContext(AsOf asOf, int segmentCount) {
        this.asOf = asOf;
        this.memberships = new boolean[segmentCount];
        this.asOfEpochDay = asOf.date().toEpochDay();
    }

    /** The as-of date as epoch days. */
    public long asOfEpochDay() {
        return asOfEpochDay;
    }

    /** The as-of date of this run. */
    public LocalDate asOfDate() {
        return asOf.date();
    }

    /** The as-of instant of this run. */
    public Instant asOfInstant() {
        return asOf.instant();
    }

    /** Whether the current customer belongs to the segment at {@code index} (already evaluated). */
    public boolean isMember(int index) {
        return memberships[index];
    }

    void setMember(int index, boolean member) {
        memberships[index] = member;
    }
}
