package io.github.segmentkit.api.spi;

import io.github.segmentkit.api.Segmenter;

/**
 * A segmentation engine, discovered with {@link java.util.ServiceLoader}. Register an implementation in
 * {@code META-INF/services/io.github.segmentkit.api.spi.SegmenterProvider}.
 *
 * <pre>{@code
 * public final class MyEngineProvider implements SegmenterProvider {
 *     public String name() { return "my-engine"; }
 *     public int priority() { return 10; }
 *     public <T> Segmenter<T> create(SegmenterDefinition<T> definition) { return new MyEngine<>(definition); }
 * }
 * }</pre>
 */
public interface SegmenterProvider {
    /** A stable name, used by {@code segmentkit.engine} to choose this engine. */
    String name();

    /** Among several engines on the class path, the highest priority wins. */
    int priority();

    /** Builds a segmenter for a definition that has already been validated. */
    <T> Segmenter<T> create(SegmenterDefinition<T> definition);
}
