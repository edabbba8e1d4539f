package io.github.segmentkit.campaign;

import io.github.segmentkit.api.Segment;
import io.github.segmentkit.api.Segmenter;
import io.github.segmentkit.api.attribute.Attribute;
import io.github.segmentkit.api.attribute.LongAttribute;
import io.github.segmentkit.api.result.SegmentationResult;
import io.github.segmentkit.api.schema.CustomerSchema;
import java.util.List;

/** Small segmentation runs for the tests, computed by the real engine over customers with one score. */
public final class Runs {
    /** A customer: its id and a score. */
    public record Scored(long id, long score) {
    }

    public static final LongAttribute SCORE = Attribute.ofLong("score");
    public static final CustomerSchema<Scored> SCHEMA = CustomerSchema.builder(Scored::id)
            .numeric(SCORE, Scored::score).build();

    private Runs() {
    }

    /** Customers 1..n whose score is their id. */
    public static List<Scored> customers(int n) {
        return java.util.stream.LongStream.rangeClosed(1, n).mapToObj(id -> new Scored(id, id)).toList();
    }

    /** Segments {@code customers} by {@code segments}. */
    public static SegmentationResult segment(List<Scored> customers, Segment... segments) {
        return Segmenter.builder(SCHEMA).addAll(List.of(segments)).build().segment(customers);
    }
}
