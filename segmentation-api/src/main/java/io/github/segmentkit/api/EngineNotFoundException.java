package io.github.segmentkit.api;

/**
 * No segmentation engine could be found with {@link java.util.ServiceLoader}: the class path lacks
 * {@code segmentation-core}, or the engine named by {@value SegmenterBuilder#ENGINE_PROPERTY} is absent.
 *
 * <pre>{@code
 * Segmenter.builder(schema).engine("spark").build();
 * // throws: "no SegmentKit engine named 'spark' on the class path; found [core]"
 * }</pre>
 */
public class EngineNotFoundException extends SegmentKitException {
    private static final long serialVersionUID = 1L;

    public EngineNotFoundException(String message) {
        super(message);
    }
}
