package io.github.segmentkit.io.membership;

import io.github.segmentkit.api.SegmentKitException;

/**
 * Memberships could not be written; nothing was committed (for a table: the transaction was rolled back, so the
 * previous memberships are intact). The message names the destination and, where known, the rows being written and
 * the first customer and segment involved; the cause is the database's or the file system's exception.
 *
 * <pre>{@code
 * try {
 *     writer.replace(rows, asOf);
 * } catch (MembershipWriteException e) {
 *     log.error("memberships not replaced, previous ones kept: {}", e.getMessage());
 * }
 * }</pre>
 */
public class MembershipWriteException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    /** A failure writing to {@code destination}, described by {@code message}. */
    public MembershipWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
