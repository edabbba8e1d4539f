package io.github.segmentkit.io;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A load stopped because the input breached one of its {@link LoadLimits}; the message names the limit, its value,
 * the source and the line, e.g. {@code customers.csv, line 3: column 'notes' has 2000000 characters, more than the
 * limit of 1048576 (LoadLimits.maxFieldLength)}.
 *
 * <pre>{@code
 * try {
 *     tally.rowRead(line);
 * } catch (LoadLimitExceededException e) {
 *     log.error("{} (raise the limit with LoadLimits if the file is right)", e.getMessage());
 *     throw e;
 * }
 * }</pre>
 */
public class LoadLimitExceededException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * A breached limit.
     *
     * @param source  the file or query, or {@code null}
     * @param line    the 1-based line (or database row) where the limit was breached
     * @param message which limit, its value and the value found
     */
    public LoadLimitExceededException(String source, long line, String message) {
        super((source == null ? "" : source + ", ") + "line " + line + ": " + message);
        this.source = source;
        this.line = line;
        this.reason = message;
    }

    /** The file or query, or {@code null}. */
    public String source() {
        return source;
    }

    /** The 1-based line (or database row) where the limit was breached. */
    public long line() {
        return line;
    }

    /** Which limit, its value and the value found, without the source and line. */
    public String reason() {
        return reason;
    }
}
