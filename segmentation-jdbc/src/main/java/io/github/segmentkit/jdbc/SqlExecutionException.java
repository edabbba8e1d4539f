package io.github.segmentkit.jdbc;

import io.github.segmentkit.api.SegmentKitException;
import java.sql.SQLException;

/**
 * The database failed to evaluate the segments: the cause is the driver's {@link SQLException}, and the message
 * names the table and what was being done (the SQL text is in the cause's message, with no parameter values).
 *
 * <pre>{@code
 * try {
 *     segmentation.counts(segments, asOf);
 * } catch (SqlExecutionException e) {
 *     SQLException cause = e.getCause();   // e.g. relation "customers" does not exist
 * }
 * }</pre>
 */
public final class SqlExecutionException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message} and the driver's exception. */
    public SqlExecutionException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
