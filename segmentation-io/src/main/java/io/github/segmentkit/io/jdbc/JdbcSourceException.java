package io.github.segmentkit.io.jdbc;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A table or query that cannot be read as customers at all: the database refused the statement or the connection
 * failed, or the result lacks a column the mapping needs. The message names the source and, for a missing column,
 * the result's columns and the closest name. Unlike a bad cell, this stops a lenient load too.
 *
 * <pre>{@code
 * try {
 *     loader.load(dataSource, JdbcSource.query("SELECT * FROM customers"), customers::add);
 * } catch (JdbcSourceException e) {
 *     log.error("{}", e.getMessage());
 *     // "query: column 'age' is not in the result (did you mean 'AGEE'?); it has [CUSTOMER_ID, AGEE]"
 * }
 * }</pre>
 */
public class JdbcSourceException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * A source that cannot be read.
     *
     * @param source  the table or query, as {@link JdbcSource#toString()} names it
     * @param message what is wrong
     * @param cause   the database's exception, or {@code null}
     */
    public JdbcSourceException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    /** The table or query. */
    public String source() {
        return source;
    }
}
