package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A segment cannot be rendered against a table: an attribute the table does not hold, or holds in a form its kind
 * cannot use, or a reference to an unknown segment. The message names the segment, the attribute and the table.
 *
 * <pre>{@code
 * try {
 *     renderer.condition("vip");
 * } catch (SqlMappingException e) {
 *     // "segment 'vip': attribute 'income' has no column in table customers"
 * }
 * }</pre>
 */
public final class SqlMappingException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public SqlMappingException(String message) {
        super(message);
    }
}
