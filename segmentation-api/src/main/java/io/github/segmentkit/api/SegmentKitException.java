package io.github.segmentkit.api;

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

    public SegmentKitException(String message) {
        super(message);
    }

    public SegmentKitException(String message, Throwable cause) {
        super(message, cause);
    }
}
