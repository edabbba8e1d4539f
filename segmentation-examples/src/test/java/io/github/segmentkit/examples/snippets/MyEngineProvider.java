package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import io.github.segmentkit.api.spi.SegmenterProvider;

// javadoc: segmentation-api/src/main/java/io/github/segmentkit/api/spi/SegmenterProvider.java
public final class MyEngineProvider implements SegmenterProvider {
    public String name() { return "my-engine"; }
    public int priority() { return 10; }
    public <T> Segmenter<T> create(SegmenterDefinition<T> definition) { return new MyEngine<>(definition); }
}
