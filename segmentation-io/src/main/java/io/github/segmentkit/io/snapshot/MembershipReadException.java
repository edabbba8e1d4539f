package io.github.segmentkit.io.snapshot;

import io.github.segmentkit.api.SegmentKitException;

/**
 * Memberships that cannot be read into a snapshot: a file or table that cannot be read or is not in the membership
 * format, a cell that is not a customer id, a segment name or a date, or rows that contradict each other. The message
 * names the source (file or table), the place (line of the file, row of the query), the column and the offending
 * value.
 *
 * <pre>{@code
 * try {
 *     reader.readCsv(file);
 * } catch (MembershipReadException e) {
 *     log.error("cannot compare runs: {}", e.getMessage());
 *     // e.g. "march.csv, line 7, column 'customer_id': 'x12' is not a whole number"
 * }
 * }</pre>
 */
public class MembershipReadException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    /** A problem at {@code place} (for example {@code "march.csv, line 7, column 'customer_id'"}). */
    public MembershipReadException(String place, String problem) {
        super(place + ": " + problem);
    }

    /** Like {@link #MembershipReadException(String, String)}, with the underlying failure. */
    public MembershipReadException(String place, String problem, Throwable cause) {
        super(place + ": " + problem, cause);
    }
}
