package io.github.segmentkit.io.csv;

import io.github.segmentkit.api.SegmentKitException;

/**
 * A delimited file that cannot be read as records: a quote never closed, text after a closing quote, no header, a
 * header without a column the mapping needs. The message names the source and the line, e.g.
 * {@code customers.csv, line 1: column 'age' is not in the header (did you mean 'Age'?); the header has [id, Age]}.
 * Unlike a bad cell, this stops even a lenient load: what follows cannot be trusted.
 *
 * <pre>{@code
 * try {
 *     loader.load(file, customers::add);
 * } catch (InvalidCsvException e) {
 *     log.error("{}", e.getMessage());
 *     throw e;
 * }
 * }</pre>
 */
public class InvalidCsvException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * A file that cannot be read.
     *
     * @param source  the file's name, or {@code null}
     * @param line    the 1-based line of the problem
     * @param message what is wrong
     * @param cause   the parser's exception, or {@code null}
     */
    public InvalidCsvException(String source, long line, String message, Throwable cause) {
        super((source == null ? "" : source + ", ") + "line " + line + ": " + message, cause);
        this.source = source;
        this.line = line;
        this.reason = message;
    }

    /** The file's name, or {@code null}. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem. */
    public long line() {
        return line;
    }

    /** What is wrong, without the source and line. */
    public String reason() {
        return reason;
    }
}
