package io.github.segmentkit.api.spi;

import io.github.segmentkit.api.AsOf;
import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an engine needs to build a segmenter, already validated by the builder: no unknown attributes, no
 * cycles, unique names.
 *
 * <pre>{@code
 * SegmenterDefinition<Customer> d = new SegmenterDefinition<>(schema, segments, clock, 2);
 * }</pre>
 *
 * @param schema      how customers are read
 * @param segments    the segments, in declaration order
 * @param clock       the as-of clock, or {@code null} when no criterion needs one
 * @param parallelism how many threads a bulk run may use, at least 1
 * @param <T>         the customer type
 */
public record SegmenterDefinition<T>(CustomerSchema<T> schema, List<Segment> segments, Clock clock,
        int parallelism) {
    public SegmenterDefinition {
        Objects.requireNonNull(schema, "schema");
        segments = List.copyOf(segments);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
    }

    /**
     * The as-of time at this moment. Without a clock no criterion depends on it (the builder checks), and this
     * returns 1970-01-01.
     */
    public AsOf asOf() {
        return clock == null ? AsOf.date(java.time.LocalDate.EPOCH) : AsOf.now(clock);
    }

    /** The clock, if one was set. */
    public Optional<Clock> asOfClock() {
        return Optional.ofNullable(clock);
    }
}
