package io.github.segmentkit.api;

import io.github.segmentkit.api.internal.SafeText;

/**
 * The root of every exception SegmentKit throws on purpose, so that callers can catch the library's own failures
 * in one place.
 *
 * <pre>{@code
 * try {
 *     segmenter.segment(customers);
 * } catch (SegmentKitException e) {
 *     log.warn("segmentation failed: {}", e.getMessage());
 * }
 * }</pre>
 */
public class SegmentKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with {@code message}, in which control characters and bidirectional overrides (from segment
     * names, values or file content quoted in it) are written as Java-style escapes (ESC as the six characters
     * backslash, u, 0, 0, 1, B), so that no raw NUL, BEL or ESC reaches a log or a terminal.
     */
    public SegmentKitException(String message) {
        super(SafeText.escapeControls(message));
    }

    /** Like {@link #SegmentKitException(String)}, with the cause. */
    public SegmentKitException(String message, Throwable cause) {
        super(SafeText.escapeControls(message), cause);
    }
}
