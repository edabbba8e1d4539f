package io.github.segmentkit.examples.snippets;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.SegmenterBuilder;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import io.github.segmentkit.api.spi.SegmenterDefinition;
import java.util.List;
import java.util.Set;

/**
 * The engine of the {@link MyEngineProvider} example: a new backend as it starts out, answering through the core
 * engine, so that the engine SPI and the conformance suite are exercised from outside the library.
 */
final class MyEngine<T> implements Segmenter<T> {
    private final Segmenter<T> delegate;

    MyEngine(SegmenterDefinition<T> definition) {
        SegmenterBuilder<T> builder = Segmenter.builder(definition.schema()).engine("core")
                .addAll(definition.segments()).parallelism(definition.parallelism());
        definition.asOfClock().ifPresent(builder::clock);
        this.delegate = builder.build();
    }

    @Override
    public CustomerSchema<T> schema() {
        return delegate.schema();
    }

    @Override
    public List<Segment> segments() {
        return delegate.segments();
    }

    @Override
    public SegmentationResult segment(Iterable<? extends T> customers) {
        return delegate.segment(customers);
    }

    @Override
    public Set<String> segmentsOf(T customer) {
        return delegate.segmentsOf(customer);
    }
}
