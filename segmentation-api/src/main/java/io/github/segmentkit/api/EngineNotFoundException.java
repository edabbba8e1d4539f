package io.github.segmentkit.api;

/**
 * No segmentation engine could be found with {@link java.util.ServiceLoader}: the class path lacks
 * {@code segmentation-core}, or the engine named by {@value SegmenterBuilder#ENGINE_PROPERTY} is absent.
 *
 * <pre>{@code
 * // "no SegmentKit engine on the class path: add the dependency io.github.segmentkit:segmentation-core"
 * }</pre>
 */
public class EngineNotFoundException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    public EngineNotFoundException(String message) {
        super(message);
    }
}
