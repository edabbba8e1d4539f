package io.github.segmentkit.core;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.api.spi.SegmenterProvider;
import io.github.segmentkit.core.engine.ColumnarSegmenter;

/**
 * The engine of {@code segmentation-core}, registered with {@link java.util.ServiceLoader} under the name
 * {@value #NAME}: the {@link ColumnarSegmenter}. Users never call it: {@link Segmenter#builder} finds it.
 *
 * <pre>{@code
 * // chosen explicitly (the default when it is the only engine on the class path):
 * Segmenter.builder(schema).engine("core").add(segment).build();
 * }</pre>
 */
public final class CoreSegmenterProvider implements SegmenterProvider {
    /** The engine's name. */
    public static final String NAME = "core";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public <T> Segmenter<T> create(SegmenterDefinition<T> definition) {
        return new ColumnarSegmenter<>(definition);
    }
}
